import { digestDue, digestWeek } from './digest-week';

describe('digest week', () => {
  it('names the week by its Monday in Paris', () => {
    expect(digestWeek(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-23'); // a Sunday
    expect(digestWeek(new Date('2026-11-30T07:30:00Z'))).toBe('2026-11-30'); // Monday 8:30 in Paris
    expect(digestWeek(new Date('2026-11-29T23:30:00Z'))).toBe('2026-11-30'); // already Monday 0:30 in Paris
  });

  it('is due from Monday 8:00 Paris time', () => {
    expect(digestDue(new Date('2026-11-30T06:59:00Z'))).toBe(false); // Monday 7:59 in Paris (UTC+1)
    expect(digestDue(new Date('2026-11-30T07:00:00Z'))).toBe(true);
    expect(digestDue(new Date('2026-12-02T03:00:00Z'))).toBe(true); // Wednesday night
  });
});
