import { createEvents, type EventAttributes } from 'ics';
import type { EventRow } from './event-rows';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in a TEXT value. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: content lines are folded at 75 octets (not characters: « é » is two), the continuation starting with
 * one space; a multi-byte character is never cut. The `ics` package folds at 75 characters, which Outlook and strict
 * parsers reject for accented text, so its output is unfolded and folded again here.
 */
export function foldIcs(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with the folding space
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** RFC 5545 calendar text for events (times in UTC, which every calendar application converts). */
export function eventsToIcs(rows: EventRow[], publicUrl: string, calendarName: string): string {
  const base = publicUrl.replace(/\/$/, '');
  const host = new URL(base).host;
  // `ics` escapes event fields itself, but only line breaks in the calendar's name (X-WR-CALNAME).
  const calName = icsText(calendarName);
  const events: EventAttributes[] = rows.map((row) => ({
    uid: `${row.id}@${host}`,
    // A rescheduled or edited event replaces the copy already in Outlook or Thunderbird (issue 13, item 12).
    sequence: row.version,
    created: row.created_at.getTime(),
    lastModified: row.updated_at.getTime(),
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
    calName,
  }));
  const { error, value } = createEvents(events, { productId: 'culture-commune/evenements', calName });
  if (error || !value) throw error ?? new Error('ICS vide');
  return foldIcs(value);
}
