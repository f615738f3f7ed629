import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import type { FollowKind } from './dto/following.objects';

export interface FollowRow {
  kind: FollowKind;
  target_id: string;
  slug: string;
  label: string;
}

/** What a member follows, themes first, then organisations, then members, by label; vanished targets skipped. */
export function findFollows(manager: EntityManager, memberId: string): Promise<FollowRow[]> {
  return queryRows<FollowRow>(
    manager,
    `SELECT f.kind, f.target_id, COALESCE(t.slug, o.slug, m.slug) AS slug, COALESCE(t.label, o.name, m.name) AS label
       FROM follows f
       LEFT JOIN themes t ON f.kind = 'theme' AND t.id = f.target_id
       LEFT JOIN organisations o ON f.kind = 'organisation' AND o.id = f.target_id
       LEFT JOIN members m ON f.kind = 'member' AND m.id = f.target_id
       WHERE f.member_id = $1 AND COALESCE(t.id, o.id, m.id) IS NOT NULL
       ORDER BY array_position(ARRAY['theme', 'organisation', 'member']::varchar[], f.kind), 4`,
    [memberId],
  );
}
