import type { Visibility } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';

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
  const [row] = await manager.query(`${LIST} WHERE l.slug = $1`, [slug]);
  return row;
}

export async function listById(manager: EntityManager, id: string): Promise<ListRow | undefined> {
  const [row] = await manager.query(`${LIST} WHERE l.id = $1`, [id]);
  return row;
}

/** The items in order, with their resource (if it still exists) and whether the viewer read each. */
export function itemRows(manager: EntityManager, listId: string, viewerId: string | null): Promise<ItemRow[]> {
  return manager.query(
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

/** Who read which items of a list, by name. */
export function participantRows(
  manager: EntityManager,
  listId: string,
): Promise<{ id: string; slug: string; name: string; item_ids: string[] }[]> {
  return manager.query(
    `SELECT m.id, m.slug, m.name, array_agg(p.item_id ORDER BY i.position) AS item_ids
     FROM reading_progress p JOIN reading_list_items i ON i.id = p.item_id JOIN members m ON m.id = p.member_id
     WHERE i.list_id = $1 GROUP BY m.id, m.slug, m.name ORDER BY m.name`,
    [listId],
  );
}
