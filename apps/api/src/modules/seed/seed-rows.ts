import { titleKey } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/**
 * The seed's set-based statements (decision 0013): a synthetic library is written in batches of thousands of rows,
 * one statement per table and batch; the demo's links are resolved by slug inside the statement.
 */

/** One seeder at a time, even when several processes start together (held until the transaction ends). */
export async function lockSeeding(manager: EntityManager): Promise<void> {
  await queryRows(manager, `SELECT pg_advisory_xact_lock(727002)`);
}

/** The tag with this key, created if missing; answers its id. */
export async function upsertTag(
  manager: EntityManager,
  tag: { label: string; key: string; slug: string },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO tags (label, key, slug) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING id`,
    [tag.label, tag.key, tag.slug],
  );
  return row.id;
}

export interface SyntheticResource {
  slug: string;
  type: string;
  format: string;
  title: string;
  summary: string;
  year: number;
  organisation: string | null;
}

/** A batch of public French resources in one statement; answers their ids by slug. */
export function insertResourceBatch(
  manager: EntityManager,
  rows: SyntheticResource[],
): Promise<{ id: string; slug: string }[]> {
  return queryRows<{ id: string; slug: string }>(
    manager,
    `INSERT INTO resources (slug, type, format, title, summary, year, language, visibility, organisation_id, title_key)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::uuid[], $10::text[])
     RETURNING id, slug`,
    [
      rows.map((r) => r.slug),
      rows.map((r) => r.type),
      rows.map((r) => r.format),
      rows.map((r) => r.title),
      rows.map((r) => r.summary),
      rows.map((r) => r.year),
      rows.map(() => 'fr'),
      rows.map(() => 'public'),
      rows.map((r) => r.organisation),
      rows.map((r) => titleKey(r.title)),
    ],
  );
}

/** [resource id, value] pairs. */
export type ResourceLinks = [string, string][];

export async function linkResourceThemes(manager: EntityManager, links: ResourceLinks): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO resource_themes (resource_id, theme_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [links.map((link) => link[0]), links.map((link) => link[1])],
  );
}

export async function linkResourceAudiences(manager: EntityManager, links: ResourceLinks): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO resource_audiences (resource_id, audience_slug) SELECT * FROM unnest($1::uuid[], $2::text[])`,
    [links.map((link) => link[0]), links.map((link) => link[1])],
  );
}

export async function linkResourceTags(manager: EntityManager, links: ResourceLinks): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO resource_tags (resource_id, tag_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [links.map((link) => link[0]), links.map((link) => link[1])],
  );
}

/** A public event on a date, its hours read in Paris time; answers its id. */
export async function insertDemoEvent(
  manager: EntityManager,
  event: {
    slug: string;
    kind: string;
    title: string;
    date: string;
    start: string;
    end: string;
    place: string | null;
    description: string;
  },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO events (slug, kind, title, starts_at, ends_at, time_zone, place, description, visibility)
     VALUES ($1, $2, $3, ($4::date + $5::time) AT TIME ZONE 'Europe/Paris', ($4::date + $6::time) AT TIME ZONE 'Europe/Paris', 'Europe/Paris', $7, $8, 'public')
     RETURNING id`,
    [event.slug, event.kind, event.title, event.date, event.start, event.end, event.place, event.description],
  );
  return row.id;
}

/** The organisations with these slugs organise the event (unknown slugs are skipped). */
export async function linkEventOrganisers(manager: EntityManager, eventId: string, slugs: string[]): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO event_organisers (event_id, organisation_id) SELECT $1, id FROM organisations WHERE slug = ANY($2)`,
    [eventId, slugs],
  );
}

/** The list's items in the given order, resources by slug (unknown slugs are skipped), titles as they are now. */
export async function insertDemoListItems(
  manager: EntityManager,
  listId: string,
  items: { resource: string; note: string }[],
  addedBy: string | null,
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, note, added_by, position)
     SELECT $1, r.id, r.title, x.note, $4, x.ord FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(slug, note, ord) JOIN resources r ON r.slug = x.slug`,
    [listId, items.map((item) => item.resource), items.map((item) => item.note), addedBy],
  );
}

/** Attaches a list to the event with this slug (none when the slug is unknown). */
export async function linkEventReadingList(manager: EntityManager, eventSlug: string, listId: string): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO event_reading_lists (event_id, list_id) SELECT id, $2 FROM events WHERE slug = $1`,
    [eventSlug, listId],
  );
}

/** A debrief of the resource with this slug (none when the slug is unknown). */
export async function insertDemoDebrief(
  manager: EntityManager,
  debrief: {
    resourceSlug: string;
    authorId: string | null;
    date: string;
    context: string;
    audience: string | null;
    participants: number;
    wentWell: string;
    toAdjust: string;
    rating: number;
    writtenAt: Date;
  },
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, audience_slug, participants, went_well, to_adjust, rating,
                           created_at, updated_at)
     SELECT r.id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10 FROM resources r WHERE r.slug = $1`,
    [
      debrief.resourceSlug,
      debrief.authorId,
      debrief.date,
      debrief.context,
      debrief.audience,
      debrief.participants,
      debrief.wentWell,
      debrief.toAdjust,
      debrief.rating,
      debrief.writtenAt,
    ],
  );
}

/** Backdates the demo resources (and their first version) to when the demo says they were shared. */
export async function backdateDemoResources(
  manager: EntityManager,
  dates: { slug: string; sharedAt: Date }[],
): Promise<void> {
  await queryRows(
    manager,
    `UPDATE resources r SET created_at = d.shared_at, updated_at = d.shared_at
       FROM unnest($1::text[], $2::timestamptz[]) AS d(slug, shared_at)
      WHERE r.slug = d.slug`,
    [dates.map((d) => d.slug), dates.map((d) => d.sharedAt)],
  );
}
