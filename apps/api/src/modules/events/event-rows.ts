import type { Visibility } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { type CombinedReads, readRows } from '../../common/database/combined-rows';
import { resourcesPolicy } from '../resources/resources.policy';
import type { EventDocument } from './search/event-index.definition';
import { eventsPolicy } from './events.policy';

export interface EventRow {
  id: string;
  slug: string;
  kind: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  place: string | null;
  description: string;
  agenda: string;
  minutes_markdown: string;
  minutes_html: string;
  visibility: 'public' | 'network';
  organisers: {
    id: string;
    slug: string;
    name: string;
    kind: string | null;
    city: string | null;
    description: string | null;
  }[];
  rsvp_yes: number;
  rsvp_no: number;
  rsvp_maybe: number;
  viewer_rsvp: 'yes' | 'no' | 'maybe' | null;
  /** Bumped by every change of the event: its calendar SEQUENCE. */
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** An event as one viewer receives it: the minutes' Markdown only for those who may edit them. */
export interface EventView extends EventRow {
  viewerCanEdit: boolean;
}

/** Events with organisers and RSVP counts in one statement; $1 is the viewer id (or null). */
const EVENT_SELECT = `SELECT e.*,
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'city', o.city, 'description', o.description) ORDER BY o.name)
            FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = e.id), '[]'::json) AS organisers,
  (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id AND r.answer = 'yes') AS rsvp_yes,
  (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id AND r.answer = 'no') AS rsvp_no,
  (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id AND r.answer = 'maybe') AS rsvp_maybe,
  (SELECT r.answer FROM event_rsvps r WHERE r.event_id = e.id AND r.member_id = $1) AS viewer_rsvp
  FROM events e`;

export async function eventBySlug(
  manager: EntityManager,
  slug: string,
  viewerId: string | null,
): Promise<EventRow | undefined> {
  const [row] = await queryRows<EventRow>(manager, `${EVENT_SELECT} WHERE e.slug = $2`, [viewerId, slug]);
  return row;
}

/** Upcoming events (not yet ended), soonest first, or past ones, latest first, among those the actor may see. */
export function findEvents(
  manager: EntityManager,
  actor: Actor | null,
  upcoming: boolean,
  first: number,
): Promise<EventRow[]> {
  return queryRows<EventRow>(
    manager,
    `${EVENT_SELECT} WHERE ${eventsPolicy.sqlVisible(actor, 'e')} AND ${upcoming ? 'e.ends_at >= now()' : 'e.ends_at < now()'}
       ORDER BY e.starts_at ${upcoming ? 'ASC' : 'DESC'} LIMIT $2`,
    [actor?.id ?? null, first],
  );
}

/** Among these resource slugs, those of resources the actor may see. */
export async function findVisibleResourceSlugs(
  manager: EntityManager,
  actor: Actor | null,
  slugs: string[],
): Promise<string[]> {
  const rows = await queryRows<{ slug: string }>(
    manager,
    `SELECT r.slug FROM resources r WHERE r.slug = ANY($1::text[]) AND ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}`,
    actor ? [slugs, actor.id] : [slugs],
  );
  return rows.map((row) => row.slug);
}

/** Sets a member's answer to an event (a second answer replaces the first). */
export async function upsertRsvp(
  manager: EntityManager,
  eventId: string,
  memberId: string,
  answer: 'yes' | 'no' | 'maybe',
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO event_rsvps (event_id, member_id, answer) VALUES ($1, $2, $3)
           ON CONFLICT (event_id, member_id) DO UPDATE SET answer = EXCLUDED.answer, updated_at = now()`,
    [eventId, memberId, answer],
  );
}

/** Links an event to the resources with these slugs that exist (« discuté lors de … »). */
export async function linkEventResources(
  manager: EntityManager,
  eventId: string,
  resourceSlugs: string[],
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO event_resource_links (event_id, resource_id) SELECT $1, r.id FROM resources r WHERE r.slug = ANY($2::text[]) ON CONFLICT DO NOTHING`,
    [eventId, resourceSlugs],
  );
}

export interface ParticipantRow {
  id: string;
  slug: string;
  name: string;
  answer: string;
}

/** Who answered an event, yes first, then maybe, then no, by name. */
export function findParticipants(manager: EntityManager, eventId: string): Promise<ParticipantRow[]> {
  return queryRows<ParticipantRow>(
    manager,
    `SELECT m.id, m.slug, m.name, r.answer FROM event_rsvps r JOIN members m ON m.id = r.member_id WHERE r.event_id = $1
       ORDER BY array_position(ARRAY['yes', 'maybe', 'no']::varchar[], r.answer), m.name`,
    [eventId],
  );
}

export interface LinkedResourceRow {
  slug: string;
  title: string;
  visibility: Visibility;
  contributor_id: string | null;
  deleted_at: Date | null;
}

/** The resources an event's minutes link to, by title, with what the resources' rule reads. */
export function findLinkedResources(manager: EntityManager, eventId: string): Promise<LinkedResourceRow[]> {
  return queryRows<LinkedResourceRow>(
    manager,
    `SELECT r.slug, r.title, r.visibility, r.contributor_id, r.deleted_at FROM event_resource_links l JOIN resources r ON r.id = l.resource_id WHERE l.event_id = $1 ORDER BY r.title`,
    [eventId],
  );
}

export interface MeetingRow {
  slug: string;
  title: string;
  starts_at: Date;
  time_zone: string;
  place: string | null;
}

/** The events a reading list is attached to, among those the actor may see, soonest first. */
export function findMeetingsOfList(manager: EntityManager, actor: Actor | null, listId: string): Promise<MeetingRow[]> {
  return queryRows<MeetingRow>(
    manager,
    `SELECT e.slug, e.title, e.starts_at, e.time_zone, e.place FROM event_reading_lists erl JOIN events e ON e.id = erl.event_id
       WHERE erl.list_id = $1 AND ${eventsPolicy.sqlVisible(actor, 'e')} ORDER BY e.starts_at`,
    [listId],
  );
}

export type DiscussedAtRow = Omit<MeetingRow, 'place'>;

/** The events whose minutes discuss a resource, among those the actor may see, latest first. */
export function findEventsDiscussing(
  manager: EntityManager,
  actor: Actor | null,
  resourceId: string,
  reads?: CombinedReads,
): Promise<DiscussedAtRow[]> {
  return readRows<DiscussedAtRow>(
    manager,
    {
      sql: `SELECT e.slug, e.title, e.starts_at, e.time_zone FROM event_resource_links l JOIN events e ON e.id = l.event_id
              WHERE l.resource_id = $1 AND ${eventsPolicy.sqlVisible(actor, 'e')} ORDER BY e.starts_at DESC`,
      params: [resourceId],
      dates: ['starts_at'],
    },
    reads,
  );
}

/** Search documents of these events; the start is epoch milliseconds as PostgreSQL rounds it. */
export function loadEventDocuments(manager: EntityManager, ids: string[]): Promise<EventDocument[]> {
  return queryRows<EventDocument>(
    manager,
    `SELECT id, version, slug, title, kind, place, description, (extract(epoch FROM starts_at) * 1000)::bigint::float8 AS "startsAt", visibility
       FROM events WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}
