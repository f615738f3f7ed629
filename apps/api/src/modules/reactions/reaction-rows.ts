import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from '../resources/resources.policy';

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
