/** Calendar arithmetic on `YYYY-MM-DD` days and `YYYY-MM` months (UTC dates: a day is a day, whatever the zone). */

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, count: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return toDay(date);
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const monthOf = (day: string) => day.slice(0, 7);

export const lastDayOf = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);

/** The month's weeks, Monday first; null for the days of the neighbouring months. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const offset = (toDate(first).getUTCDay() + 6) % 7;
  const last = lastDayOf(month);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** Every day of `[first, last]`. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Today in Paris (the network's days), `YYYY-MM-DD`. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The day a key moves the focus to, or null for other keys. */
export function dayAfterKey(day: string, key: string): string | null {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekday);
    case 'End':
      return addDays(day, 6 - weekday);
    case 'PageUp':
    case 'PageDown': {
      const month = addMonths(monthOf(day), key === 'PageUp' ? -1 : 1);
      const last = lastDayOf(month);
      const same = `${month}-${day.slice(8)}`;
      return same > last ? last : same;
    }
    default:
      return null;
  }
}
