import type { Visibility } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from '../resources/resources.policy';
import { readingListsPolicy } from './reading-lists.policy';
import type { ReadingListDocument } from './search/reading-list-index.definition';

export interface ListRow {
  id: string;
  slug: string;
  title: string;
  intro: string;
  visibility: Visibility;
  curator_id: string | null;
  curator_slug: string | null;
  curator_name: string | null;
  share_token_hash: string | null;
  version: number;
  updated_at: Date;
  collaborators: { id: string; slug: string; name: string }[];
}

export interface ItemRow {
  id: string;
  position: number;
  note: string;
  title_snapshot: string;
  resource_id: string | null;
  /** Set when the resource is in the bin (decision 0019): the item reads as deleted. */
  resource_deleted_at: Date | null;
  slug: string | null;
  title: string | null;
  type: string | null;
  format: string | null;
  year: number | null;
  authors: string[] | null;
  url: string | null;
  summary: string | null;
  resource_visibility: Visibility | null;
  contributor_id: string | null;
  added_by_id: string | null;
  added_by_slug: string | null;
  added_by_name: string | null;
  viewer_read: boolean;
}

const LIST = `SELECT l.*, m.slug AS curator_slug, m.name AS curator_name,
  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name) ORDER BY c.name)
            FROM reading_list_collaborators rc JOIN members c ON c.id = rc.member_id WHERE rc.list_id = l.id), '[]'::json) AS collaborators
  FROM reading_lists l LEFT JOIN members m ON m.id = l.curator_id`;

export async function listBySlug(manager: EntityManager, slug: string): Promise<ListRow | undefined> {
  const [row] = await queryRows<ListRow>(manager, `${LIST} WHERE l.slug = $1`, [slug]);
  return row;
}

export async function listById(manager: EntityManager, id: string): Promise<ListRow | undefined> {
  const [row] = await queryRows<ListRow>(manager, `${LIST} WHERE l.id = $1`, [id]);
  return row;
}

/** The items in order, with their resource (if it still exists) and whether the viewer read each. */
export function itemRows(manager: EntityManager, listId: string, viewerId: string | null): Promise<ItemRow[]> {
  return queryRows<ItemRow>(
    manager,
    `SELECT i.id, i.position, i.note, i.title_snapshot, i.resource_id, r.deleted_at AS resource_deleted_at, r.slug, r.title, r.type, r.format, r.year, r.authors, r.url, r.summary,
            r.visibility AS resource_visibility, r.contributor_id, a.id AS added_by_id, a.slug AS added_by_slug, a.name AS added_by_name,
            EXISTS (SELECT 1 FROM reading_progress p WHERE p.item_id = i.id AND p.member_id = $2) AS viewer_read
     FROM reading_list_items i
     LEFT JOIN resources r ON r.id = i.resource_id
     LEFT JOIN members a ON a.id = i.added_by
     WHERE i.list_id = $1
     ORDER BY i.position, i.id`,
    [listId, viewerId],
  );
}

export interface ParticipantRow {
  id: string;
  slug: string;
  name: string;
  item_ids: string[];
}

/**
 * The people a list is for, as set-based SQL: its curator and collaborators, whoever answered « Oui » to a meeting it is
 * attached to, and whoever marked something read (issue 13, item 13: those who read nothing were left out).
 */
const LIST_PEOPLE = `SELECT curator_id AS id FROM reading_lists WHERE id = $1 AND curator_id IS NOT NULL
  UNION SELECT member_id FROM reading_list_collaborators WHERE list_id = $1
  UNION SELECT v.member_id FROM event_reading_lists el JOIN event_rsvps v ON v.event_id = el.event_id
        WHERE el.list_id = $1 AND v.answer = 'yes'
  UNION SELECT p.member_id FROM reading_progress p JOIN reading_list_items i ON i.id = p.item_id WHERE i.list_id = $1`;

/** Who read which items of a list, by name: one row per person the list is for, with nothing read too. */
export function participantRows(manager: EntityManager, listId: string): Promise<ParticipantRow[]> {
  return queryRows<ParticipantRow>(
    manager,
    `SELECT m.id, m.slug, m.name,
            ARRAY(SELECT p.item_id FROM reading_progress p JOIN reading_list_items i ON i.id = p.item_id
                  WHERE i.list_id = $1 AND p.member_id = m.id ORDER BY i.position) AS item_ids
     FROM (${LIST_PEOPLE}) people JOIN members m ON m.id = people.id
     ORDER BY m.name`,
    [listId],
  );
}

/** Those of a list's active people who have read none of its items, with their address (for « Relancer »). */
export function unreadPeopleRows(
  manager: EntityManager,
  listId: string,
): Promise<{ id: string; name: string; email: string }[]> {
  return queryRows(
    manager,
    `SELECT m.id, m.name, m.email
     FROM (${LIST_PEOPLE}) people JOIN members m ON m.id = people.id
     WHERE m.deactivated_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM reading_progress p JOIN reading_list_items i ON i.id = p.item_id
                       WHERE i.list_id = $1 AND p.member_id = m.id)
     ORDER BY m.name`,
    [listId],
  );
}

/** Locks a list for the rest of the transaction: changes to one list are serialised. */
export async function lockList(manager: EntityManager, listId: string): Promise<void> {
  await queryRows(manager, `SELECT 1 FROM reading_lists WHERE id = $1 FOR UPDATE`, [listId]);
}

/** Adds a resource at the end of a list. */
export async function appendItem(
  manager: EntityManager,
  item: { listId: string; resourceId: string; titleSnapshot: string; note: string; addedById: string },
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, note, added_by, position)
         VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(max(position), 0) + 1 FROM reading_list_items WHERE list_id = $1))`,
    [item.listId, item.resourceId, item.titleSnapshot, item.note, item.addedById],
  );
}

/**
 * Whether an item exists and the actor may see its resource (or the resource was deleted). The note of an item one
 * may not see is withheld from one: nor may one overwrite it.
 */
export async function isItemVisible(manager: EntityManager, actor: Actor, itemId: string): Promise<boolean> {
  const [item] = await queryRows<{ visible: boolean }>(
    manager,
    `SELECT (r.id IS NULL OR ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}) AS visible
         FROM reading_list_items i LEFT JOIN resources r ON r.id = i.resource_id WHERE i.id = $1`,
    [itemId, actor.id],
  );
  return Boolean(item?.visible);
}

/** Numbers a list's items 1, 2, … in the order of `order` (item ids). */
export async function renumberItems(manager: EntityManager, listId: string, order: string[]): Promise<void> {
  await queryRows(
    manager,
    `UPDATE reading_list_items i SET position = x.ord FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord) WHERE i.id = x.id AND i.list_id = $1`,
    [listId, order],
  );
}

export interface ListSummaryRow {
  id: string;
  slug: string;
  title: string;
  visibility: Visibility;
  updated_at: Date;
  curator_id: string | null;
  curator_slug: string | null;
  curator_name: string | null;
  item_count: number;
  viewer_read: number;
  contains: boolean;
  collaborator_ids: string[];
}

/**
 * Lists the actor may see (or only their team's, or those attached to an event), newest change first, at most 200.
 * `contains` only counts a resource the actor may see.
 */
export function findListSummaries(
  manager: EntityManager,
  actor: Actor | null,
  options: { mine: boolean; resourceSlug: string | null; eventId: string | null },
): Promise<ListSummaryRow[]> {
  return queryRows<ListSummaryRow>(
    manager,
    `SELECT l.id, l.slug, l.title, l.visibility, l.updated_at, l.curator_id, m.slug AS curator_slug, m.name AS curator_name,
              (SELECT count(*)::int FROM reading_list_items i WHERE i.list_id = l.id) AS item_count,
              (SELECT count(*)::int FROM reading_progress p JOIN reading_list_items i ON i.id = p.item_id WHERE i.list_id = l.id AND p.member_id = $1) AS viewer_read,
              EXISTS (SELECT 1 FROM reading_list_items i JOIN resources r ON r.id = i.resource_id WHERE i.list_id = l.id AND r.slug = $2
                        AND ${resourcesPolicy.sqlVisible(actor, 'r', '$1')}) AS contains,
              ARRAY(SELECT c.member_id FROM reading_list_collaborators c WHERE c.list_id = l.id) AS collaborator_ids
       FROM reading_lists l LEFT JOIN members m ON m.id = l.curator_id
       WHERE ${readingListsPolicy.sqlVisible(actor, 'l', '$1')}
         AND (NOT $3 OR ${readingListsPolicy.sqlIsTeam('$1', 'l')})
         AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM event_reading_lists erl WHERE erl.list_id = l.id AND erl.event_id = $4))
       ORDER BY l.updated_at DESC
       LIMIT 200`,
    [actor?.id ?? null, options.resourceSlug, options.mine, options.eventId],
  );
}

/** Search documents of these lists: curator's name, team (who sees a private list) and item count. */
export function loadListDocuments(manager: EntityManager, ids: string[]): Promise<ReadingListDocument[]> {
  return queryRows<ReadingListDocument>(
    manager,
    `SELECT l.id, l.version, l.slug, l.title, l.intro, m.name AS curator, l.visibility,
              array_remove(ARRAY[l.curator_id::text] || ARRAY(SELECT c.member_id::text FROM reading_list_collaborators c WHERE c.list_id = l.id), NULL) AS team,
              (SELECT count(*)::int FROM reading_list_items i WHERE i.list_id = l.id) AS "itemCount"
       FROM reading_lists l LEFT JOIN members m ON m.id = l.curator_id WHERE l.id = ANY($1::uuid[])`,
    [ids],
  );
}
