import { formatDate, formatDateTime, formatDay, localeOf } from './format-date';
import { UI_LANGUAGES } from '../i18n/i18n';

/** Every day of a leap year at a few times of day, the two ends of a year included. */
const instants = Array.from({ length: 366 }, (_, day) =>
  [0, 9 * 60 + 5, 23 * 60 + 59].map((minutes) => new Date(2024, 0, 1 + day, 0, minutes)),
).flat();

describe('Long dates, written without Intl at start-up', () => {
  it.each(UI_LANGUAGES)('write what Intl.DateTimeFormat writes, in %s', (language) => {
    const locale = localeOf(language);
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    for (const instant of instants) {
      expect(formatDate(instant.toISOString(), language)).toBe(date.format(instant));
      expect(formatDateTime(instant.toISOString(), language)).toBe(dateTime.format(instant));
      const calendarDay = instant.toISOString().slice(0, 10);
      expect(formatDay(calendarDay, language)).toBe(day.format(new Date(`${calendarDay}T00:00:00Z`)));
    }
  });

  it('gives back what is not a date', () => {
    expect(formatDate('bientôt', 'fr')).toBe('bientôt');
    expect(formatDateTime('', 'en')).toBe('');
    expect(formatDay('2025-13-45', 'fr')).toBe('2025-13-45');
    expect(formatDay('12/03/2025', 'fr')).toBe('12/03/2025');
  });
});
