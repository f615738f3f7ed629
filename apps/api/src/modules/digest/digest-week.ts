const parisParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The Monday (Paris calendar) of the week `now` falls in, as YYYY-MM-DD: one digest per member and week. */
export function digestWeek(now: Date): string {
  const parts = Object.fromEntries(parisParts.formatToParts(now).map((part) => [part.type, part.value]));
  const offset = WEEKDAYS.indexOf(parts.weekday);
  const monday = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) - offset));
  return monday.toISOString().slice(0, 10);
}

/** Digests go out from Monday 8:00, Paris time; a process that was down then sends them later in the week. */
export function digestDue(now: Date): boolean {
  const parts = Object.fromEntries(parisParts.formatToParts(now).map((part) => [part.type, part.value]));
  return parts.weekday !== 'Mon' || Number(parts.hour) >= 8;
}
