import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import {
  PERIODS,
  networkResource,
  organisationMatches,
  periodOfInstant,
  scopeParameters,
  withinSpan,
  type PeriodName,
  type ReportScope,
} from './report-sql';

/**
 * What a member did, when (decision 0037: « active » is at least one of these): a debrief recorded, a resource shared
 * (and published), a comment, a reaction, a bookmark, an item read, a yes to an event. From the previous period on;
 * `active` reads them in one pass over both periods (decision 0048).
 */
const ACTIONS = `
  actions AS (
    SELECT author_id AS member_id, created_at AS at FROM debriefs WHERE created_at >= $3::date - 1
    UNION ALL SELECT r.contributor_id, r.created_at FROM resources r WHERE r.created_at >= $3::date - 1 AND ${networkResource('r')}
    UNION ALL SELECT author_id, created_at FROM comments WHERE created_at >= $3::date - 1 AND deleted_at IS NULL
    UNION ALL SELECT member_id, created_at FROM reactions WHERE created_at >= $3::date - 1
    UNION ALL SELECT member_id, created_at FROM bookmarks WHERE created_at >= $3::date - 1
    UNION ALL SELECT member_id, read_at FROM reading_progress WHERE read_at >= $3::date - 1
    UNION ALL SELECT member_id, updated_at FROM event_rsvps WHERE answer = 'yes' AND updated_at >= $3::date - 1),
  active AS (
    SELECT DISTINCT ${periodOfInstant('x.at')} AS period, m.id AS member_id, m.organisation_id
      FROM actions x JOIN members m ON m.id = x.member_id
     WHERE ${withinSpan('x.at')} AND ${organisationMatches('m.organisation_id')})`;

export interface NetworkTotalsRow {
  period: PeriodName;
  members_at_start: number;
  members_at_end: number;
  new_members: number;
  active_members: number;
  organisations_at_start: number;
  organisations_at_end: number;
  new_organisations: number;
  active_organisations: number;
  priority_organisations_reached: number;
}

/** Members and organisations at each period's start and end, new ones, active ones, priority-neighbourhood ones reached. */
export function findNetworkTotals(manager: EntityManager, scope: ReportScope): Promise<NetworkTotalsRow[]> {
  const organisationAt = (instant: string) =>
    `o.created_at < ${instant} AND (o.archived_at IS NULL OR o.archived_at >= ${instant})`;
  return queryRows<NetworkTotalsRow>(
    manager,
    `WITH ${PERIODS}, ${ACTIONS}
     SELECT b.period,
       (SELECT count(*) FROM members m WHERE m.created_at < b.starts AND ${organisationMatches('m.organisation_id')})::int AS members_at_start,
       (SELECT count(*) FROM members m WHERE m.created_at < b.ends AND ${organisationMatches('m.organisation_id')})::int AS members_at_end,
       (SELECT count(*) FROM members m WHERE m.created_at >= b.starts AND m.created_at < b.ends
           AND ${organisationMatches('m.organisation_id')})::int AS new_members,
       (SELECT count(*) FROM active a WHERE a.period = b.period)::int AS active_members,
       (SELECT count(*) FROM organisations o WHERE ${organisationAt('b.starts')} AND ${organisationMatches('o.id')})::int AS organisations_at_start,
       (SELECT count(*) FROM organisations o WHERE ${organisationAt('b.ends')} AND ${organisationMatches('o.id')})::int AS organisations_at_end,
       (SELECT count(*) FROM organisations o WHERE o.created_at >= b.starts AND o.created_at < b.ends
           AND ${organisationMatches('o.id')})::int AS new_organisations,
       (SELECT count(DISTINCT a.organisation_id) FROM active a WHERE a.period = b.period)::int AS active_organisations,
       (SELECT count(DISTINCT a.organisation_id) FROM active a JOIN organisations o ON o.id = a.organisation_id
         WHERE a.period = b.period AND o.priority_neighbourhood)::int AS priority_organisations_reached
       FROM bounds b`,
    scopeParameters(scope),
  );
}
