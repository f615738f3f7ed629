import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import type { BreakdownRow, RankedResourceRow } from './field-work-rows';
import {
  PERIODS,
  SPAN,
  networkList,
  networkResource,
  organisationMatches,
  periodOfDay,
  periodOfInstant,
  publicResource,
  resourceAudienceMatches,
  scopeParameters,
  themeMatches,
  withinCurrent,
  withinSpan,
  type PeriodName,
  type ReportScope,
} from './report-sql';

/** A resource every member sees, with the theme and audience filters. */
const resourceInScope = (alias: string) =>
  `${networkResource(alias)} AND ${themeMatches(alias)} AND ${resourceAudienceMatches(alias)}`;

/**
 * Resources shared in the two periods (created then, published now), by contributors the filters keep: one pass over
 * the span (decision 0048) for the section's counts and tables.
 */
const SHARED_RESOURCES = `${PERIODS},
  shared AS MATERIALIZED (
    SELECT ${periodOfInstant('r.created_at')} AS period, r.id, r.type, r.contributor_id, m.organisation_id
      FROM resources r
      LEFT JOIN members m ON m.id = r.contributor_id
     WHERE ${withinSpan('r.created_at')} AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')})`;

export type LibraryBreakdown = 'type' | 'theme' | 'audience' | 'organisation';

/** One row of the shared resources' statement: `part` says which count or table it belongs to. */
interface SharedRow extends BreakdownRow {
  part: 'totals' | LibraryBreakdown;
}

/**
 * `contributors`: each period's contributors with their organisation and how many resources they shared (a few
 * hundred rows), so that counting distinct contributors sorts no resource.
 */
const SHARED_PARTS = `,
  contributors AS MATERIALIZED (
    SELECT s.period, s.contributor_id, s.organisation_id, count(*) AS resources FROM shared s GROUP BY 1, 2, 3)
  SELECT 'totals' AS part, p.period, '' AS key, '' AS label, coalesce(sum(c.resources), 0)::int AS a,
         count(c.contributor_id)::int AS b
    FROM periods p LEFT JOIN contributors c ON c.period = p.period GROUP BY p.period
  UNION ALL
  SELECT 'type', s.period, s.type::text, s.type::text, count(*)::int, NULL FROM shared s GROUP BY 2, 3
  UNION ALL
  -- A resource counts under each of its themes and audiences.
  SELECT 'theme', s.period, t.slug, t.label, count(*)::int, NULL
    FROM shared s JOIN resource_themes rt ON rt.resource_id = s.id JOIN themes t ON t.id = rt.theme_id GROUP BY 2, 3, 4
  UNION ALL
  SELECT 'audience', s.period, au.slug, au.label, count(*)::int, NULL
    FROM shared s JOIN resource_audiences ra ON ra.resource_id = s.id JOIN audiences au ON au.slug = ra.audience_slug
   GROUP BY 2, 3, 4
  UNION ALL
  SELECT 'organisation', c.period, coalesce(o.slug, ''), coalesce(o.name, ''), sum(c.resources)::int,
         count(c.contributor_id)::int
    FROM contributors c LEFT JOIN organisations o ON o.id = c.organisation_id GROUP BY 2, 3, 4`;

/** Resources shared and their contributors per period, and the section's tables, from one statement. */
export interface SharedResources {
  totals: { period: PeriodName; resources: number; contributors: number }[];
  /** Resources shared (a) by type, theme, audience, or contributors' organisation (b: how many contributors). */
  breakdowns: Record<LibraryBreakdown, BreakdownRow[]>;
}

export async function findSharedResources(manager: EntityManager, scope: ReportScope): Promise<SharedResources> {
  const rows = await queryRows<SharedRow>(manager, `WITH ${SHARED_RESOURCES}${SHARED_PARTS}`, scopeParameters(scope));
  const part = (name: SharedRow['part']) =>
    rows
      .filter((row) => row.part === name)
      .map(({ period, key, label, a, b }): BreakdownRow => ({ period, key, label, a, b }));
  return {
    totals: part('totals').map((row) => ({ period: row.period, resources: row.a, contributors: row.b ?? 0 })),
    breakdowns: {
      type: part('type'),
      theme: part('theme'),
      audience: part('audience'),
      organisation: part('organisation'),
    },
  };
}

export interface LibraryActivityRow {
  period: PeriodName;
  comments: number;
  reactions: number;
  bookmarks: number;
  views: number;
}

/**
 * Per period: comments (not deleted or hidden, on what every member sees), reactions and bookmarks by members the
 * filters keep; views of the resources in scope (anonymous counters). One pass over each table's span.
 */
export function findLibraryActivity(manager: EntityManager, scope: ReportScope): Promise<LibraryActivityRow[]> {
  const listInScope = `l.id IS NOT NULL AND ${networkList('l')} AND $5::text IS NULL AND $7::text IS NULL`;
  const byMember = (table: string) => `
    SELECT ${periodOfInstant('x.created_at')} AS period, count(*) AS n
      FROM ${table} x JOIN resources r ON r.id = x.resource_id JOIN members m ON m.id = x.member_id
     WHERE ${withinSpan('x.created_at')} AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')}
     GROUP BY 1`;
  return queryRows<LibraryActivityRow>(
    manager,
    `WITH ${PERIODS},
       comment_counts AS (
         SELECT ${periodOfInstant('c.created_at')} AS period, count(*) AS n
           FROM comments c LEFT JOIN resources r ON r.id = c.resource_id
           LEFT JOIN reading_lists l ON l.id = c.reading_list_id LEFT JOIN members m ON m.id = c.author_id
          WHERE ${withinSpan('c.created_at')} AND c.deleted_at IS NULL AND c.hidden_at IS NULL
            AND ((r.id IS NOT NULL AND ${resourceInScope('r')}) OR (${listInScope}))
            AND ${organisationMatches('m.organisation_id')}
          GROUP BY 1),
       reaction_counts AS (${byMember('reactions')}),
       bookmark_counts AS (${byMember('bookmarks')}),
       view_counts AS (
         SELECT ${periodOfDay('v.day')} AS period, sum(v.views) AS n
           FROM resource_daily_views v JOIN resources r ON r.id = v.resource_id
           LEFT JOIN members m ON m.id = r.contributor_id
          WHERE v.day BETWEEN ${SPAN.firstDay} AND ${SPAN.lastDay} AND ${resourceInScope('r')}
            AND ${organisationMatches('m.organisation_id')}
          GROUP BY 1)
     SELECT p.period, coalesce(c.n, 0)::int AS comments, coalesce(x.n, 0)::int AS reactions,
            coalesce(k.n, 0)::int AS bookmarks, coalesce(v.n, 0)::int AS views
       FROM periods p
       LEFT JOIN comment_counts c ON c.period = p.period LEFT JOIN reaction_counts x ON x.period = p.period
       LEFT JOIN bookmark_counts k ON k.period = p.period LEFT JOIN view_counts v ON v.period = p.period`,
    scopeParameters(scope),
  );
}

/** The current period's most consulted resources (value: views of the period, summed per resource first). */
export function findMostConsulted(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
): Promise<RankedResourceRow[]> {
  return queryRows<RankedResourceRow>(
    manager,
    `WITH ${PERIODS},
       viewed AS (SELECT v.resource_id, sum(v.views) AS views FROM resource_daily_views v
                   WHERE v.day BETWEEN $1::date AND $2::date GROUP BY v.resource_id)
     SELECT r.slug, r.title, ${publicResource('r')} AS public, v.views::int AS value, 0 AS count
       FROM viewed v JOIN resources r ON r.id = v.resource_id LEFT JOIN members m ON m.id = r.contributor_id
      WHERE ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')}
      ORDER BY value DESC, r.title, r.slug LIMIT $10`,
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
       FROM bookmarks x JOIN resources r ON r.id = x.resource_id JOIN members m ON m.id = x.member_id
      WHERE ${withinCurrent('x.created_at')} AND ${resourceInScope('r')} AND ${organisationMatches('m.organisation_id')}
      GROUP BY r.id ORDER BY value DESC, r.title, r.slug LIMIT $10`,
    [...scopeParameters(scope), size],
  );
}
