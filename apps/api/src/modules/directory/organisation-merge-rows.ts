import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/**
 * Every table that points at an organisation, and how a merge moves its rows from `$1` (merged) to `$2` (kept).
 * A column keyed with other columns is copied with ON CONFLICT DO NOTHING and then deleted, so that a row both had
 * is kept once. organisation-merge.integration-spec.ts compares this list with PostgreSQL's foreign keys: a new
 * table pointing at organisations fails it until a merge knows what to do with its rows.
 */
export const MERGE_STATEMENTS: Record<string, string[]> = {
  members: [`UPDATE members SET organisation_id = $2 WHERE organisation_id = $1`],
  resources: [`UPDATE resources SET organisation_id = $2 WHERE organisation_id = $1`],
  invitations: [`UPDATE invitations SET organisation_id = $2 WHERE organisation_id = $1`],
  event_organisers: [
    `INSERT INTO event_organisers (event_id, organisation_id)
     SELECT event_id, $2 FROM event_organisers WHERE organisation_id = $1 ON CONFLICT DO NOTHING`,
    `DELETE FROM event_organisers WHERE organisation_id = $1`,
  ],
  report_share_links: [`UPDATE report_share_links SET organisation_id = $2 WHERE organisation_id = $1`],
  organisation_audiences: [
    `INSERT INTO organisation_audiences (organisation_id, audience_slug)
     SELECT $2, audience_slug FROM organisation_audiences WHERE organisation_id = $1 ON CONFLICT DO NOTHING`,
    `DELETE FROM organisation_audiences WHERE organisation_id = $1`,
  ],
  kits: [`UPDATE kits SET organisation_id = $2 WHERE organisation_id = $1`],
  kit_loans: [`UPDATE kit_loans SET organisation_id = $2 WHERE organisation_id = $1`],
};

/** Follows of an organisation carry its id without a foreign key (they also point at themes and members). */
const FOLLOW_STATEMENTS = [
  `INSERT INTO follows (member_id, kind, target_id, created_at)
   SELECT member_id, kind, $2, created_at FROM follows WHERE kind = 'organisation' AND target_id = $1
   ON CONFLICT DO NOTHING`,
  `DELETE FROM follows WHERE kind = 'organisation' AND target_id = $1`,
];

export interface MergeImpact {
  memberIds: string[];
  resourceIds: string[];
  eventIds: string[];
  follows: number;
}

/** What the merge will move, read before moving it (for the search index and the audit log). */
export async function findMergeImpact(manager: EntityManager, mergedId: string): Promise<MergeImpact> {
  const [row] = await queryRows<{ members: string[]; resources: string[]; events: string[]; follows: number }>(
    manager,
    `SELECT ARRAY(SELECT id FROM members WHERE organisation_id = $1) AS members,
            ARRAY(SELECT id FROM resources WHERE organisation_id = $1) AS resources,
            ARRAY(SELECT event_id FROM event_organisers WHERE organisation_id = $1) AS events,
            (SELECT count(*)::int FROM follows WHERE kind = 'organisation' AND target_id = $1) AS follows`,
    [mergedId],
  );
  return { memberIds: row.members, resourceIds: row.resources, eventIds: row.events, follows: row.follows };
}

/** Moves every row of `mergedId` to `keptId`, fills the kept one's empty fields from the merged one, deletes it. */
export async function mergeOrganisationRows(manager: EntityManager, mergedId: string, keptId: string): Promise<void> {
  for (const statements of [...Object.values(MERGE_STATEMENTS), FOLLOW_STATEMENTS])
    // A statement binds exactly the parameters it names: the deletes name the merged one only.
    for (const sql of statements) await manager.query(sql, sql.includes('$2') ? [mergedId, keptId] : [mergedId]);
  await manager.query(
    `UPDATE organisations k SET
       city = COALESCE(k.city, m.city), neighbourhood = COALESCE(k.neighbourhood, m.neighbourhood),
       description = COALESCE(k.description, m.description), website = COALESCE(k.website, m.website),
       public_contact = COALESCE(k.public_contact, m.public_contact), logo_id = COALESCE(k.logo_id, m.logo_id),
       priority_neighbourhood = k.priority_neighbourhood OR m.priority_neighbourhood,
       version = k.version + 1
     FROM organisations m WHERE k.id = $2 AND m.id = $1`,
    [mergedId, keptId],
  );
  await manager.query(`DELETE FROM organisations WHERE id = $1`, [mergedId]);
}
