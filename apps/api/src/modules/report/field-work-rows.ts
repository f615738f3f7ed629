import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import {
  PERIODS,
  networkResource,
  organisationMatches,
  publicResource,
  scopeParameters,
  themeMatches,
  type PeriodName,
  type ReportScope,
} from './report-sql';

/**
 * Debriefs of the two periods (by workshop date) on tools every member sees, with the filters: the tool's theme, the
 * debrief's audience, the author's organisation.
 */
const SCOPED_DEBRIEFS = `${PERIODS},
  scoped AS (
    SELECT p.period, d.id, d.resource_id, d.participants, d.parents_present, d.rating, d.age_band, d.workshop_date,
           m.organisation_id
      FROM periods p
      JOIN debriefs d ON d.workshop_date BETWEEN p.first_day AND p.last_day
      JOIN resources r ON r.id = d.resource_id
      LEFT JOIN members m ON m.id = d.author_id
     WHERE ${networkResource('r')} AND ${themeMatches('r')} AND ($7::text IS NULL OR d.audience_slug = $7)
       AND ${organisationMatches('m.organisation_id')})`;

export interface FieldWorkTotalsRow {
  period: PeriodName;
  debriefs: number;
  participants: number;
  with_parents: number;
  average_rating: number | null;
}

/** Debriefs, participants, debriefs with parents present and the average rating, per period. */
export function findFieldWorkTotals(manager: EntityManager, scope: ReportScope): Promise<FieldWorkTotalsRow[]> {
  return queryRows<FieldWorkTotalsRow>(
    manager,
    `WITH ${SCOPED_DEBRIEFS}
     SELECT p.period, count(s.id)::int AS debriefs, coalesce(sum(s.participants), 0)::int AS participants,
            count(s.id) FILTER (WHERE s.parents_present)::int AS with_parents, avg(s.rating)::float AS average_rating
       FROM periods p LEFT JOIN scoped s ON s.period = p.period GROUP BY p.period`,
    scopeParameters(scope),
  );
}

export interface BreakdownRow {
  period: PeriodName;
  key: string;
  label: string;
  /** The first measure (debriefs, resources…). */
  a: number;
  /** The second measure, when the table has one (participants, contributors…). */
  b: number | null;
}

const BREAKDOWNS = {
  // Free text: « 8-11 ans » and « 8-11 Ans » are one band; an empty band is « not given » (key '').
  ageBand: `SELECT s.period, coalesce(lower(nullif(btrim(s.age_band), '')), '') AS key,
                   coalesce(min(btrim(s.age_band)), '') AS label, count(*)::int AS a, sum(s.participants)::int AS b
              FROM scoped s GROUP BY 1, 2`,
  organisation: `SELECT s.period, coalesce(o.slug, '') AS key, coalesce(o.name, '') AS label,
                        count(*)::int AS a, sum(s.participants)::int AS b
                   FROM scoped s LEFT JOIN organisations o ON o.id = s.organisation_id GROUP BY 1, 2, 3`,
  // A debrief counts under each of its tool's themes.
  theme: `SELECT s.period, t.slug AS key, t.label, count(*)::int AS a, sum(s.participants)::int AS b
            FROM scoped s JOIN resource_themes rt ON rt.resource_id = s.resource_id JOIN themes t ON t.id = rt.theme_id
           GROUP BY 1, 2, 3`,
  month: `SELECT s.period, to_char(s.workshop_date, 'YYYY-MM') AS key, to_char(s.workshop_date, 'YYYY-MM') AS label,
                 count(*)::int AS a, sum(s.participants)::int AS b
            FROM scoped s WHERE s.period = 'current' GROUP BY 1, 2, 3`,
} as const;

export type FieldWorkBreakdown = keyof typeof BREAKDOWNS;

/** Debriefs (a) and participants (b) by age band, organisation, theme or month (current period only). */
export function findFieldWorkBreakdown(
  manager: EntityManager,
  scope: ReportScope,
  by: FieldWorkBreakdown,
): Promise<BreakdownRow[]> {
  return queryRows<BreakdownRow>(manager, `WITH ${SCOPED_DEBRIEFS} ${BREAKDOWNS[by]}`, scopeParameters(scope));
}

export interface RankedResourceRow {
  slug: string;
  title: string;
  /** A visitor may see it: a shared report names only those. */
  public: boolean;
  value: number;
  count: number;
}

/** The current period's ten most debriefed tools (value: debriefs, count: participants). */
export function findMostUsedTools(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
): Promise<RankedResourceRow[]> {
  return queryRows<RankedResourceRow>(
    manager,
    `WITH ${SCOPED_DEBRIEFS}
     SELECT r.slug, r.title, ${publicResource('r')} AS public, count(*)::int AS value, sum(s.participants)::int AS count
       FROM scoped s JOIN resources r ON r.id = s.resource_id WHERE s.period = 'current'
      GROUP BY r.id ORDER BY value DESC, r.title, r.slug LIMIT $10`,
    [...scopeParameters(scope), size],
  );
}

/** The current period's best rated tools with at least `minDebriefs` debriefs (value: average, count: debriefs). */
export function findBestRatedTools(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
  minDebriefs: number,
): Promise<RankedResourceRow[]> {
  return queryRows<RankedResourceRow>(
    manager,
    `WITH ${SCOPED_DEBRIEFS}
     SELECT r.slug, r.title, ${publicResource('r')} AS public, round(avg(s.rating), 2)::float AS value, count(*)::int AS count
       FROM scoped s JOIN resources r ON r.id = s.resource_id WHERE s.period = 'current'
      GROUP BY r.id HAVING count(*) >= $11 ORDER BY value DESC, count DESC, r.title, r.slug LIMIT $10`,
    [...scopeParameters(scope), size, minDebriefs],
  );
}
