import { dateFormatter } from './format-date';
import type { UiLanguage } from '../i18n/i18n';

const dayFormat = (timeZone: string): Intl.DateTimeFormatOptions => ({
  timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = (timeZone: string): Intl.DateTimeFormatOptions => ({
  timeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function format(date: Date, language: UiLanguage, options: Intl.DateTimeFormatOptions): string | null {
  try {
    return dateFormatter(language, options).format(date);
  } catch {
    return null; // an unknown time zone
  }
}

/** « jeudi 10 décembre 2026 »: the day an event starts, in its zone; the raw value if it is not a date. */
export function formatEventDay(startsAt: string, timeZone: string, language: UiLanguage): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  return format(start, language, dayFormat(timeZone)) ?? startsAt;
}

/**
 * « jeudi 10 décembre 2026, 09:30–12:30 » in the zone given, or « jeudi 10 décembre 2026, 18:00 – vendredi
 * 11 décembre 2026, 12:00 » over several days (the zone is named by the caller); the raw values if they are not dates.
 */
export function formatEventRange(startsAt: string, endsAt: string, timeZone: string, language: UiLanguage): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  const startDay = format(start, language, dayFormat(timeZone));
  const endDay = format(end, language, dayFormat(timeZone));
  const startTime = format(start, language, timeFormat(timeZone));
  const endTime = format(end, language, timeFormat(timeZone));
  if (startDay === null || endDay === null || startTime === null || endTime === null) return `${startsAt} – ${endsAt}`;
  return startDay === endDay
    ? `${startDay}, ${startTime}\u2013${endTime}`
    : `${startDay}, ${startTime} \u2013 ${endDay}, ${endTime}`;
}
