import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { type CombinedReads, readRows } from '../../common/database/combined-rows';
import { resourcesPolicy } from '../resources/resources.policy';

/** A reaction with who reacted. */
export interface ReactionRow {
  resource_id: string;
  member_id: string;
  kind: string;
  member_slug: string;
  member_name: string;
  member_title: string | null;
}

/** The reactions to these resources, oldest first, with who reacted. */
export function findReactions(
  manager: EntityManager,
  resourceIds: string[],
  reads?: CombinedReads,
): Promise<ReactionRow[]> {
  return readRows<ReactionRow>(
    manager,
    {
      sql: `SELECT r.resource_id, r.member_id, r.kind, m.slug AS member_slug, m.name AS member_name, m.title AS member_title
              FROM reactions r JOIN members m ON m.id = r.member_id
             WHERE r.resource_id = ANY($1::uuid[]) ORDER BY r.created_at, r.member_id, r.kind`,
      params: [resourceIds],
    },
    reads,
  );
}

/** Which of these resources `memberId` bookmarked. */
export function findBookmarkedAmong(
  manager: EntityManager,
  memberId: string,
  resourceIds: string[],
  reads?: CombinedReads,
): Promise<{ resource_id: string }[]> {
  return readRows<{ resource_id: string }>(
    manager,
    {
      sql: `SELECT resource_id FROM bookmarks WHERE member_id = $1 AND resource_id = ANY($2::uuid[])`,
      params: [memberId, resourceIds],
    },
    reads,
  );
}

export interface BookmarkPageRow {
  resource_id: string;
  /** Bookmarks the member may still see, all pages together. */
  total: number;
}

/** One page of the resources `member` bookmarked and may still see, newest bookmark first. */
export function findBookmarkPage(
  manager: EntityManager,
  member: Actor,
  limit: number,
  offset: number,
): Promise<BookmarkPageRow[]> {
  return queryRows<BookmarkPageRow>(
    manager,
    `SELECT b.resource_id, count(*) OVER ()::int AS total FROM bookmarks b JOIN resources r ON r.id = b.resource_id
        WHERE b.member_id = $1 AND ${resourcesPolicy.sqlVisible(member, 'r', '$1')}
        ORDER BY b.created_at DESC LIMIT $2 OFFSET $3`,
    [member.id, limit, offset],
  );
}
