import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import type { BreakdownRow, RankedResourceRow } from './field-work-rows';
import {
  PERIODS,
  networkList,
  networkResource,
  organisationMatches,
  publicResource,
  resourceAudienceMatches,
  scopeParameters,
  themeMatches,
  within,
  type PeriodName,
  type ReportScope,
} from './report-sql';

/** A resource every member sees, with the theme and audience filters. */
const resourceInScope = (alias: string) =>
  `${networkResource(alias)} AND ${themeMatches(alias)} AND ${resourceAudienceMatches(alias)}`;

/** Resources shared in the two periods (created then, published now), by contributors the filters keep. */
const SHARED_RESOURCES = `${PERIODS},
  shared AS (
    SELECT b.period, r.id, r.type, r.contributor_id, m.organisation_id
      FROM bounds b JOIN resources r ON ${within('r.created_at')}
      LEFT JOIN members m ON m.id = r.contributor_id
     WHERE ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')})`;

export interface LibraryTotalsRow {
  period: PeriodName;
  resources: number;
  contributors: number;
  comments: number;
  reactions: number;
  bookmarks: number;
  views: number;
}

/**
 * Per period: resources shared and their contributors; comments (not deleted or hidden, on what every member sees),
 * reactions and bookmarks by members the filters keep; views of the resources in scope (anonymous counters).
 */
export function findLibraryTotals(manager: EntityManager, scope: ReportScope): Promise<LibraryTotalsRow[]> {
  const listInScope = `l.id IS NOT NULL AND ${networkList('l')} AND $5::text IS NULL AND $7::text IS NULL`;
  return queryRows<LibraryTotalsRow>(
    manager,
    `WITH ${SHARED_RESOURCES}
     SELECT b.period,
       (SELECT count(*) FROM shared s WHERE s.period = b.period)::int AS resources,
       (SELECT count(DISTINCT s.contributor_id) FROM shared s WHERE s.period = b.period)::int AS contributors,
       (SELECT count(*) FROM comments c LEFT JOIN resources r ON r.id = c.resource_id
          LEFT JOIN reading_lists l ON l.id = c.reading_list_id LEFT JOIN members m ON m.id = c.author_id
         WHERE ${within('c.created_at')} AND c.deleted_at IS NULL AND c.hidden_at IS NULL
           AND ((r.id IS NOT NULL AND ${resourceInScope('r')}) OR (${listInScope}))
           AND ${organisationMatches('m.organisation_id')})::int AS comments,
       (SELECT count(*) FROM reactions x JOIN resources r ON r.id = x.resource_id JOIN members m ON m.id = x.member_id
         WHERE ${within('x.created_at')} AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')})::int AS reactions,
       (SELECT count(*) FROM bookmarks x JOIN resources r ON r.id = x.resource_id JOIN members m ON m.id = x.member_id
         WHERE ${within('x.created_at')} AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')})::int AS bookmarks,
       (SELECT coalesce(sum(v.views), 0) FROM resource_daily_views v JOIN resources r ON r.id = v.resource_id
          LEFT JOIN members m ON m.id = r.contributor_id
         WHERE v.day BETWEEN b.first_day AND b.last_day AND ${resourceInScope('r')}
           AND ${organisationMatches('m.organisation_id')})::int AS views
       FROM bounds b`,
    scopeParameters(scope),
  );
}

const BREAKDOWNS = {
  type: `SELECT s.period, s.type AS key, s.type AS label, count(*)::int AS a, NULL::int AS b FROM shared s GROUP BY 1, 2`,
  // A resource counts under each of its themes and audiences.
  theme: `SELECT s.period, t.slug AS key, t.label, count(*)::int AS a, NULL::int AS b
            FROM shared s JOIN resource_themes rt ON rt.resource_id = s.id JOIN themes t ON t.id = rt.theme_id GROUP BY 1, 2, 3`,
  audience: `SELECT s.period, au.slug AS key, au.label, count(*)::int AS a, NULL::int AS b
               FROM shared s JOIN resource_audiences ra ON ra.resource_id = s.id JOIN audiences au ON au.slug = ra.audience_slug
              GROUP BY 1, 2, 3`,
  organisation: `SELECT s.period, coalesce(o.slug, '') AS key, coalesce(o.name, '') AS label, count(*)::int AS a,
                        count(DISTINCT s.contributor_id)::int AS b
                   FROM shared s LEFT JOIN organisations o ON o.id = s.organisation_id GROUP BY 1, 2, 3`,
} as const;

export type LibraryBreakdown = keyof typeof BREAKDOWNS;

/** Resources shared (a) by type, theme, audience, or contributors' organisation (b: how many contributors). */
export function findLibraryBreakdown(
  manager: EntityManager,
  scope: ReportScope,
  by: LibraryBreakdown,
): Promise<BreakdownRow[]> {
  return queryRows<BreakdownRow>(manager, `WITH ${SHARED_RESOURCES} ${BREAKDOWNS[by]}`, scopeParameters(scope));
}

/** The current period's most consulted resources (value: views of the period). */
export function findMostConsulted(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
): Promise<RankedResourceRow[]> {
  return queryRows<RankedResourceRow>(
    manager,
    `WITH ${PERIODS}
     SELECT r.slug, r.title, ${publicResource('r')} AS public, sum(v.views)::int AS value, 0 AS count
       FROM resource_daily_views v JOIN resources r ON r.id = v.resource_id LEFT JOIN members m ON m.id = r.contributor_id
      WHERE v.day BETWEEN $1::date AND $2::date AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')}
      GROUP BY r.id ORDER BY value DESC, r.title, r.slug LIMIT $10`,
    [...scopeParameters(scope), size],
  );
}

/** The current period's most bookmarked resources (value: bookmarks made in the period). */
export function findMostBookmarked(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
): Promise<RankedResourceRow[]> {
  return queryRows<RankedResourceRow>(
    manager,
    `WITH ${PERIODS}
     SELECT r.slug, r.title, ${publicResource('r')} AS public, count(*)::int AS value, 0 AS count
       FROM bounds b JOIN bookmarks x ON ${within('x.created_at')} JOIN resources r ON r.id = x.resource_id
       JOIN members m ON m.id = x.member_id
      WHERE b.period = 'current' AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')}
      GROUP BY r.id ORDER BY value DESC, r.title, r.slug LIMIT $10`,
    [...scopeParameters(scope), size],
  );
}
