import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { EVENT_TOPIC } from '../events/search/event-index.definition';
import type { OutboxService } from '../outbox/outbox.service';
import { READING_LIST_TOPIC } from '../reading-lists/search/reading-list-index.definition';
import type { MemberEntity } from '../organisations/member.entity';
import type { DemoLibrary } from './demo-library';

/** Demo events have a date only: network meetings take the morning, the others the afternoon, Paris time. */
const HOURS: Record<string, [string, string]> = {
  'rencontre-reseau': ['09:30', '12:30'],
  'soiree-debat': ['18:30', '20:30'],
};
const DEFAULT_HOURS: [string, string] = ['14:00', '17:00'];

/** The demo's events (public, like the demo library) and reading lists (for the network), attached to their meeting. */
export async function seedMeetings(
  manager: EntityManager,
  library: DemoLibrary,
  members: Map<string, MemberEntity>,
  outbox: OutboxService,
): Promise<void> {
  for (const event of library.events ?? []) {
    const [start, end] = HOURS[event.kind] ?? DEFAULT_HOURS;
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO events (slug, kind, title, starts_at, ends_at, time_zone, place, description, visibility)
       VALUES ($1, $2, $3, ($4::date + $5::time) AT TIME ZONE 'Europe/Paris', ($4::date + $6::time) AT TIME ZONE 'Europe/Paris', 'Europe/Paris', $7, $8, 'public')
       RETURNING id`,
      [event.slug, event.kind, event.title, event.date, start, end, event.place ?? null, event.description ?? ''],
    );
    await manager.query(
      `INSERT INTO event_organisers (event_id, organisation_id) SELECT $1, id FROM organisations WHERE slug = ANY($2)`,
      [row.id, event.organizers ?? []],
    );
    await outbox.enqueue(manager, EVENT_TOPIC, [row.id]);
  }
  for (const list of library.readingLists ?? []) {
    const curator = members.get(list.curator) ?? null;
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO reading_lists (slug, title, intro, curator_id, visibility) VALUES ($1, $2, $3, $4, 'network') RETURNING id`,
      [list.slug, list.title, list.intro ?? '', curator?.id ?? null],
    );
    await manager.query(
      `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, note, added_by, position)
       SELECT $1, r.id, r.title, x.note, $4, x.ord FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(slug, note, ord) JOIN resources r ON r.slug = x.slug`,
      [row.id, list.items.map((item) => item.resource), list.items.map((item) => item.note ?? ''), curator?.id ?? null],
    );
    await outbox.enqueue(manager, READING_LIST_TOPIC, [row.id]);
    if (list.event) {
      await manager.query(
        `INSERT INTO event_reading_lists (event_id, list_id) SELECT id, $2 FROM events WHERE slug = $1`,
        [list.event, row.id],
      );
    }
  }
}
