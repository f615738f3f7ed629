import type { EntityManager } from 'typeorm';
import { EVENT_TOPIC } from '../events/search/event-index.definition';
import type { OutboxService } from '../outbox/outbox.service';
import { READING_LIST_TOPIC } from '../reading-lists/search/reading-list-index.definition';
import type { MemberEntity } from '../organisations/member.entity';
import { ReadingListEntity } from '../reading-lists/reading-list.entity';
import type { DemoLibrary } from './demo-library';
import { insertDemoEvent, insertDemoListItems, linkEventOrganisers, linkEventReadingList } from './seed-rows';

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
    const id = await insertDemoEvent(manager, {
      slug: event.slug,
      kind: event.kind,
      title: event.title,
      date: event.date,
      start,
      end,
      place: event.place ?? null,
      description: event.description ?? '',
    });
    await linkEventOrganisers(manager, id, event.organizers ?? []);
    await outbox.enqueue(manager, EVENT_TOPIC, [id]);
  }
  for (const list of library.readingLists ?? []) {
    const curator = members.get(list.curator) ?? null;
    const inserted = await manager.insert(ReadingListEntity, {
      slug: list.slug,
      title: list.title,
      intro: list.intro ?? '',
      curatorId: curator?.id ?? null,
      visibility: 'network',
    });
    const id: string = inserted.identifiers[0].id;
    await insertDemoListItems(
      manager,
      id,
      list.items.map((item) => ({ resource: item.resource, note: item.note ?? '' })),
      curator?.id ?? null,
    );
    await outbox.enqueue(manager, READING_LIST_TOPIC, [id]);
    if (list.event) {
      await linkEventReadingList(manager, list.event, id);
    }
  }
}
