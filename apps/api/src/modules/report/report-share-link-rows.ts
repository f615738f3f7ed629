import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

export interface ShareLinkRow {
  id: string;
  label: string;
  period_from: string;
  period_to: string;
  theme_slug: string | null;
  organisation_slug: string | null;
  audience_slug: string | null;
  priority_neighbourhood: boolean;
  created_at: Date;
  revoked_at: Date | null;
  created_by_name: string | null;
}

const SELECT = `
  SELECT l.id, l.label, to_char(l.period_from, 'YYYY-MM-DD') AS period_from, to_char(l.period_to, 'YYYY-MM-DD') AS period_to,
         l.theme_slug, o.slug AS organisation_slug, l.audience_slug, l.priority_neighbourhood, l.created_at, l.revoked_at,
         m.name AS created_by_name
    FROM report_share_links l LEFT JOIN organisations o ON o.id = l.organisation_id LEFT JOIN members m ON m.id = l.created_by`;

/** Every share link, live ones first, newest first. */
export function findShareLinks(manager: EntityManager): Promise<ShareLinkRow[]> {
  return queryRows<ShareLinkRow>(manager, `${SELECT} ORDER BY l.revoked_at IS NOT NULL, l.created_at DESC, l.id`);
}

/** One link by id, or null. */
export async function findShareLink(manager: EntityManager, id: string): Promise<ShareLinkRow | null> {
  const [row] = await queryRows<ShareLinkRow>(manager, `${SELECT} WHERE l.id = $1`, [id]);
  return row ?? null;
}

/** The live (not revoked) link with this token hash, or null. */
export async function findLiveShareLinkByHash(manager: EntityManager, tokenHash: string): Promise<ShareLinkRow | null> {
  const [row] = await queryRows<ShareLinkRow>(manager, `${SELECT} WHERE l.token_hash = $1 AND l.revoked_at IS NULL`, [
    tokenHash,
  ]);
  return row ?? null;
}
