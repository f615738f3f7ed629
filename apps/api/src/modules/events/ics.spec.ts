import ICAL from 'ical.js';
import type { EventRow } from './event-rows';
import { eventsToIcs, foldIcs } from './ics';

const row = (overrides: Partial<EventRow> = {}): EventRow => ({
  id: '6f1c2a8e-0000-4000-8000-000000000001',
  slug: 'rencontre-reseau',
  kind: 'rencontre',
  title: 'Rencontre ; écrans, familles et « réseaux »',
  starts_at: new Date('2026-12-10T13:30:00Z'),
  ends_at: new Date('2026-12-10T16:00:00Z'),
  time_zone: 'Europe/Paris',
  place: 'Médiathèque, salle 2',
  description: 'Éducation aux médias : '.repeat(12).trim(),
  agenda: '1. Accueil\n2. Échanges',
  minutes_markdown: '',
  minutes_html: '',
  visibility: 'public',
  organisers: [],
  rsvp_yes: 0,
  rsvp_no: 0,
  rsvp_maybe: 0,
  viewer_rsvp: null,
  version: 3,
  created_at: new Date('2026-11-01T09:00:00Z'),
  updated_at: new Date('2026-11-20T08:15:00Z'),
  ...overrides,
});

// Calendar applications read X-WR-CALNAME as TEXT (escaped like SUMMARY); ical.js needs telling.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

describe('eventsToIcs', () => {
  const calendarName = 'Culture commune, réseau; agenda \\ public';
  const ics = eventsToIcs([row()], 'https://cc.example', calendarName);

  it('folds every line at 75 octets without cutting a character', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
  });

  it('carries SEQUENCE and LAST-MODIFIED, so a rescheduled event replaces the old one', () => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.sequence).toBe(3);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect((vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-11-20T08:15:00.000Z',
    );
  });

  it('gives back every text as written, through a parser that did not write it', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(calendarName);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Rencontre ; écrans, familles et « réseaux »');
    expect(event.location).toBe('Médiathèque, salle 2');
    expect(event.description).toContain('Éducation aux médias : Éducation aux médias');
    expect(event.description).toContain('Ordre du jour :\n1. Accueil\n2. Échanges');
  });
});

describe('foldIcs', () => {
  it('keeps short lines, and unfolds then refolds long ones by octets', () => {
    expect(foldIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR');
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldIcs(long);
    expect(folded.split('\r\n').map((l) => new TextEncoder().encode(l).length)).toEqual([74, 55]); // 8 + 33 × 2 octets (a 34th « é » would cut at 76), then a space and 27 × 2
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
