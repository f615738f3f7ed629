import { createEvents, type EventAttributes } from 'ics';
import type { EventRow } from './event-rows';

/** RFC 5545 calendar text for events (times in UTC, which every calendar application converts). */
export function eventsToIcs(rows: EventRow[], publicUrl: string, calendarName: string): string {
  const base = publicUrl.replace(/\/$/, '');
  const host = new URL(base).host;
  const events: EventAttributes[] = rows.map((row) => ({
    uid: `${row.id}@${host}`,
    start: row.starts_at.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: row.ends_at.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: row.title,
    // Organisers go in the text: ORGANIZER needs a mail address (RFC 5545 cal-address), which organisations have not.
    description: [
      row.description,
      row.organisers.length ? `Organisé par : ${row.organisers.map((o) => o.name).join(', ')}` : '',
      row.agenda ? `Ordre du jour :\n${row.agenda}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    location: row.place ?? undefined,
    url: `${base}/evenements/${row.slug}`,
    productId: 'culture-commune/evenements',
    calName: calendarName,
  }));
  const { error, value } = createEvents(events, { productId: 'culture-commune/evenements', calName: calendarName });
  if (error || !value) throw error ?? new Error('ICS vide');
  return value;
}
