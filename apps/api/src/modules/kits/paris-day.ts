const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (`YYYY-MM-DD`) it is in Paris at `instant`: loans are whole days of the network's time. */
export function parisDay(instant: Date): string {
  return PARIS_DAY.format(instant);
}
