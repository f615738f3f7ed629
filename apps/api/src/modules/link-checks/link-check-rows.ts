import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { type CombinedReads, readRows } from '../../common/database/combined-rows';
import { resourcesPolicy } from '../resources/resources.policy';
import type { CheckOutcome, LinkState } from './link-state';

export interface LinkTarget {
  id: string;
  url: string;
}

/** Every live resource with an address: what a sweep checks. */
export function findCheckableResources(manager: EntityManager): Promise<LinkTarget[]> {
  return queryRows<LinkTarget>(
    manager,
    `SELECT id, url FROM resources WHERE url IS NOT NULL AND url <> '' AND deleted_at IS NULL ORDER BY id`,
  );
}

/** The batch's resources still to check in this sweep (still live, still with an address, not checked yet). */
export function findDueInSweep(manager: EntityManager, ids: readonly string[], sweep: string): Promise<LinkTarget[]> {
  return queryRows<LinkTarget>(
    manager,
    `SELECT r.id, r.url FROM resources r LEFT JOIN link_checks lc ON lc.resource_id = r.id
      WHERE r.id = ANY($1::uuid[]) AND r.url IS NOT NULL AND r.url <> '' AND r.deleted_at IS NULL
        AND (lc.resource_id IS NULL OR lc.sweep <> $2 OR lc.url <> r.url)
      ORDER BY r.id`,
    [ids, sweep],
  );
}

/** The last state of a resource's link, locked until the transaction ends (two workers never count twice). */
export async function lockLinkState(manager: EntityManager, resourceId: string): Promise<LinkState | null> {
  const [row] = await queryRows<{ url: string; consecutive_failures: number; broken_since: Date | null }>(
    manager,
    `SELECT url, consecutive_failures, broken_since FROM link_checks WHERE resource_id = $1 FOR UPDATE`,
    [resourceId],
  );
  return row ? { url: row.url, consecutiveFailures: row.consecutive_failures, brokenSince: row.broken_since } : null;
}

export async function saveLinkCheck(
  manager: EntityManager,
  resourceId: string,
  sweep: string,
  checkedAt: Date,
  outcome: CheckOutcome,
  state: LinkState,
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO link_checks (resource_id, url, sweep, checked_at, status, reason, http_status, consecutive_failures, broken_since)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (resource_id) DO UPDATE SET url = EXCLUDED.url, sweep = EXCLUDED.sweep, checked_at = EXCLUDED.checked_at,
       status = EXCLUDED.status, reason = EXCLUDED.reason, http_status = EXCLUDED.http_status,
       consecutive_failures = EXCLUDED.consecutive_failures, broken_since = EXCLUDED.broken_since`,
    [
      resourceId,
      state.url,
      sweep,
      checkedAt,
      outcome.status,
      outcome.reason,
      outcome.httpStatus,
      state.consecutiveFailures,
      state.brokenSince,
    ],
  );
}

/** Tells the resource's contributor (if any, and if they may still see it) that its link looks broken. */
export async function notifyContributor(manager: EntityManager, resourceId: string): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO notifications (recipient_id, kind, resource_id)
     SELECT r.contributor_id, 'link_broken', r.id FROM resources r
      WHERE r.id = $1 AND r.contributor_id IS NOT NULL AND r.deleted_at IS NULL`,
    [resourceId],
  );
}

export interface LinkStatusRow {
  url: string;
  checked_at: Date;
  status: 'ok' | 'dead';
  reason: string | null;
  http_status: number | null;
  consecutive_failures: number;
  broken_since: Date | null;
}

export async function findLinkStatus(
  manager: EntityManager,
  resourceId: string,
  reads?: CombinedReads,
): Promise<LinkStatusRow | undefined> {
  const [row] = await readRows<LinkStatusRow>(
    manager,
    {
      sql: `SELECT url, checked_at, status, reason, http_status, consecutive_failures, broken_since
              FROM link_checks WHERE resource_id = $1`,
      params: [resourceId],
      dates: ['checked_at', 'broken_since'],
    },
    reads,
  );
  return row;
}

export interface BrokenLinkRow extends LinkStatusRow {
  slug: string;
  title: string;
  contributor_id: string | null;
  contributor_slug: string | null;
  contributor_name: string | null;
}

/** Broken links of resources the actor may see, longest broken first; `limit` rows from `offset`. */
export function findBrokenLinks(
  manager: EntityManager,
  actor: Actor,
  limit: number,
  offset: number,
): Promise<BrokenLinkRow[]> {
  return queryRows<BrokenLinkRow>(
    manager,
    `SELECT lc.url, lc.checked_at, lc.status, lc.reason, lc.http_status, lc.consecutive_failures, lc.broken_since,
            r.slug, r.title, m.id AS contributor_id, m.slug AS contributor_slug, m.name AS contributor_name
       FROM link_checks lc
       JOIN resources r ON r.id = lc.resource_id AND r.url = lc.url
       LEFT JOIN members m ON m.id = r.contributor_id
      WHERE lc.broken_since IS NOT NULL AND ${resourcesPolicy.sqlVisible(actor, 'r', '$1')}
      ORDER BY lc.broken_since, r.id
      LIMIT $2 OFFSET $3`,
    [actor.id, limit, offset],
  );
}
