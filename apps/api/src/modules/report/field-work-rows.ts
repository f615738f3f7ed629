import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import {
  PERIODS,
  SPAN,
  networkResource,
  organisationMatches,
  periodOfDay,
  publicResource,
  themeMatches,
  scopeParameters,
  type PeriodName,
  type ReportScope,
} from './report-sql';

/**
 * Debriefs of the two periods (by workshop date) on tools every member sees, with the filters: the tool's theme, the
 * debrief's audience, the author's organisation. Read once (one pass over the span, decision 0048) for every figure
 * and table of the section.
 */
const SCOPED_DEBRIEFS = `${PERIODS},
  scoped AS MATERIALIZED (
    SELECT ${periodOfDay('d.workshop_date')} AS period, d.id, d.resource_id, d.participants, d.parents_present,
           d.rating, d.age_band, d.workshop_date, m.organisation_id
      FROM debriefs d
      JOIN resources r ON r.id = d.resource_id
      LEFT JOIN members m ON m.id = d.author_id
     WHERE d.workshop_date BETWEEN ${SPAN.firstDay} AND ${SPAN.lastDay}
       AND ${networkResource('r')} AND ${themeMatches('r')} AND ($7::text IS NULL OR d.audience_slug = $7)
       AND ${organisationMatches('m.organisation_id')})`;

export interface FieldWorkTotalsRow {
  period: PeriodName;
  debriefs: number;
  participants: number;
  with_parents: number;
  average_rating: number | null;
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

export interface RankedResourceRow {
  slug: string;
  title: string;
  /** A visitor may see it: a shared report names only those. */
  public: boolean;
  value: number;
  count: number;
}

export type FieldWorkBreakdown = 'ageBand' | 'organisation' | 'theme' | 'month';

/** Every figure and table of the field work, from one statement. */
export interface FieldWork {
  /** Debriefs, participants, debriefs with parents present and the average rating, per period. */
  totals: FieldWorkTotalsRow[];
  /** Debriefs (a) and participants (b) by age band, organisation, theme, or month (current period only). */
  breakdowns: Record<FieldWorkBreakdown, BreakdownRow[]>;
  /** The current period's ten most debriefed tools (value: debriefs, count: participants). */
  mostUsed: RankedResourceRow[];
  /** The current period's best rated tools with at least `minDebriefs` debriefs (value: average, count: debriefs). */
  bestRated: RankedResourceRow[];
}

/** One row of the statement: `part` says which figure or table it belongs to; rankings are in `rank` order. */
interface FieldWorkRow {
  part: 'totals' | FieldWorkBreakdown | 'mostUsed' | 'bestRated';
  period: PeriodName;
  key: string;
  label: string;
  public: boolean;
  a: number;
  b: number | null;
  c: number | null;
  d: number | null;
  rank: number | null;
}

const PARTS = `
  SELECT 'totals' AS part, p.period, '' AS key, '' AS label, false AS public, count(s.id)::float8 AS a,
         coalesce(sum(s.participants), 0)::float8 AS b, count(s.id) FILTER (WHERE s.parents_present)::float8 AS c,
         avg(s.rating)::float8 AS d, NULL::int AS rank
    FROM periods p LEFT JOIN scoped s ON s.period = p.period GROUP BY p.period
  UNION ALL
  -- Free text: « 8-11 ans » and « 8-11 Ans » are one band; an empty band is « not given » (key '').
  SELECT 'ageBand', s.period, coalesce(lower(nullif(btrim(s.age_band), '')), ''), coalesce(min(btrim(s.age_band)), ''),
         false, count(*), sum(s.participants), NULL, NULL, NULL
    FROM scoped s GROUP BY 2, 3
  UNION ALL
  SELECT 'organisation', s.period, coalesce(o.slug, ''), coalesce(o.name, ''), false, count(*), sum(s.participants),
         NULL, NULL, NULL
    FROM scoped s LEFT JOIN organisations o ON o.id = s.organisation_id GROUP BY 2, 3, 4
  UNION ALL
  -- A debrief counts under each of its tool's themes.
  SELECT 'theme', s.period, t.slug, t.label, false, count(*), sum(s.participants), NULL, NULL, NULL
    FROM scoped s JOIN resource_themes rt ON rt.resource_id = s.resource_id JOIN themes t ON t.id = rt.theme_id
   GROUP BY 2, 3, 4
  UNION ALL
  SELECT 'month', s.period, to_char(s.workshop_date, 'YYYY-MM'), to_char(s.workshop_date, 'YYYY-MM'), false,
         count(*), sum(s.participants), NULL, NULL, NULL
    FROM scoped s WHERE s.period = 'current' GROUP BY 2, 3, 4
  UNION ALL
  (SELECT 'mostUsed', 'current', r.slug, r.title, ${publicResource('r')}, count(*), sum(s.participants), NULL, NULL,
          row_number() OVER (ORDER BY count(*) DESC, r.title, r.slug)::int
     FROM scoped s JOIN resources r ON r.id = s.resource_id WHERE s.period = 'current'
    GROUP BY r.id ORDER BY count(*) DESC, r.title, r.slug LIMIT $10)
  UNION ALL
  (SELECT 'bestRated', 'current', r.slug, r.title, ${publicResource('r')}, round(avg(s.rating), 2), count(*), NULL,
          NULL, row_number() OVER (ORDER BY round(avg(s.rating), 2) DESC, count(*) DESC, r.title, r.slug)::int
     FROM scoped s JOIN resources r ON r.id = s.resource_id WHERE s.period = 'current'
    GROUP BY r.id HAVING count(*) >= $11 ORDER BY round(avg(s.rating), 2) DESC, count(*) DESC, r.title, r.slug LIMIT $10)`;

/** The field work's figures and tables: both periods, one pass over the debriefs. */
export async function findFieldWork(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
  minDebriefs: number,
): Promise<FieldWork> {
  const rows = await queryRows<FieldWorkRow>(manager, `WITH ${SCOPED_DEBRIEFS} ${PARTS}`, [
    ...scopeParameters(scope),
    size,
    minDebriefs,
  ]);
  const part = (name: FieldWorkRow['part']) => rows.filter((row) => row.part === name);
  const breakdown = (name: FieldWorkBreakdown): BreakdownRow[] =>
    part(name).map((row) => ({ period: row.period, key: row.key, label: row.label, a: row.a, b: row.b }));
  const ranking = (name: 'mostUsed' | 'bestRated'): RankedResourceRow[] =>
    part(name)
      .sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0))
      .map((row) => ({ slug: row.key, title: row.label, public: row.public, value: row.a, count: row.b as number }));
  return {
    totals: part('totals').map((row) => ({
      period: row.period,
      debriefs: row.a,
      participants: row.b ?? 0,
      with_parents: row.c ?? 0,
      average_rating: row.d,
    })),
    breakdowns: {
      ageBand: breakdown('ageBand'),
      organisation: breakdown('organisation'),
      theme: breakdown('theme'),
      month: breakdown('month'),
    },
    mostUsed: ranking('mostUsed'),
    bestRated: ranking('bestRated'),
  };
}
