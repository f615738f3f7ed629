import { formatEventDay, formatEventRange } from './event-dates';

describe('formatEventRange: when an event takes place, on the clocks of its zone', () => {
  it('says the day and the hours in the event’s zone, wherever the browser is', () => {
    expect(formatEventRange('2026-12-10T08:30:00.000Z', '2026-12-10T11:30:00.000Z', 'Europe/Paris', 'fr')).toBe(
      'jeudi 10 décembre 2026, 09:30–12:30',
    );
    expect(formatEventRange('2026-12-10T08:30:00.000Z', '2026-12-10T11:30:00.000Z', 'Indian/Reunion', 'fr')).toBe(
      'jeudi 10 décembre 2026, 12:30–15:30',
    );
  });

  it('names both days when the event runs past midnight', () => {
    expect(formatEventRange('2026-12-10T17:00:00.000Z', '2026-12-11T11:00:00.000Z', 'Europe/Paris', 'fr')).toBe(
      'jeudi 10 décembre 2026, 18:00 – vendredi 11 décembre 2026, 12:00',
    );
  });

  it('speaks English too', () => {
    expect(formatEventRange('2026-12-10T08:30:00.000Z', '2026-12-10T11:30:00.000Z', 'Europe/Paris', 'en')).toMatch(
      /^Thursday,? 10 December 2026, 09:30–12:30$/,
    );
  });
});

describe('formatEventDay', () => {
  it('gives the day in the event’s zone (already the next day in Nouméa)', () => {
    expect(formatEventDay('2026-12-10T20:00:00.000Z', 'Europe/Paris', 'fr')).toBe('jeudi 10 décembre 2026');
    expect(formatEventDay('2026-12-10T20:00:00.000Z', 'Pacific/Noumea', 'fr')).toBe('vendredi 11 décembre 2026');
  });
});
