import { sqlRoleLiteral } from '../../common/auth/roles';
import type { SqlSubject } from '../../common/auth/sql-subject';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import { NETWORK_TIME_ZONE } from '../resources/resource-view-rows';

/** The report's question: two periods of the same length, the filters, and « now » (events held are past ones). */
export interface ReportScope {
  current: { from: string; to: string };
  previous: { from: string; to: string };
  themeSlug: string | null;
  organisationSlug: string | null;
  audienceSlug: string | null;
  priorityNeighbourhood: boolean;
  now: Date;
}

export type PeriodName = 'current' | 'previous';

/** The statement parameters every report query takes, in this order ($1…$9). */
export function scopeParameters(scope: ReportScope): unknown[] {
  return [
    scope.current.from,
    scope.current.to,
    scope.previous.from,
    scope.previous.to,
    scope.themeSlug,
    scope.organisationSlug,
    scope.audienceSlug,
    scope.priorityNeighbourhood,
    scope.now.toISOString(),
  ];
}

/**
 * A member of the network who owns nothing and has no special role (decision 0037): the report counts what every
 * member can see, whoever reads it, so that a coordinator's report and the one shared with a funder agree. Drafts,
 * resources in the bin and private reading lists never count, not even for their authors.
 */
const ANY_MEMBER: SqlSubject = { id: `'00000000-0000-0000-0000-000000000000'::uuid`, role: sqlRoleLiteral('member') };

/** A resource every member sees (published, not in the bin), on `resources` aliased `alias`. */
export const networkResource = (alias: string): string =>
  `(${resourcesPolicy.sqlPublished(alias)} AND ${resourcesPolicy.sqlVisibleTo(ANY_MEMBER, alias)})`;

/** A reading list every member sees (not private), on `reading_lists` aliased `alias`. */
export const networkList = (alias: string): string => readingListsPolicy.sqlVisibleTo(ANY_MEMBER, alias);

/** Whether a visitor would see the resource: a shared report names only those (decision 0037). */
export const publicResource = (alias: string): string => resourcesPolicy.sqlVisibleTo(null, alias);

/**
 * `periods` (name, first and last day) and `bounds` (the same as instants at Paris midnight, end excluded). The
 * `scope` CTE fixes the types of the filter parameters, which a statement may not otherwise use.
 */
export const PERIODS = `
  scope AS (SELECT $5::text AS theme, $6::text AS organisation, $7::text AS audience, $8::boolean AS priority, $9::timestamptz AS now),
  periods (period, first_day, last_day) AS (VALUES ('current', $1::date, $2::date), ('previous', $3::date, $4::date)),
  bounds AS (
    SELECT period, first_day, last_day,
           first_day::timestamp AT TIME ZONE '${NETWORK_TIME_ZONE}' AS starts,
           (last_day + 1)::timestamp AT TIME ZONE '${NETWORK_TIME_ZONE}' AS ends
      FROM periods)`;

/**
 * Both periods as ONE span, for a single pass over a table (decision 0048): the previous period ends the day before
 * the current one starts (`previousPeriod`), so « from the previous period's first day to the current period's last »
 * holds exactly the rows of the two, and a row is in the current period when it is on or after its first day.
 */
export const SPAN = {
  /** The first and last days of the span, for a `date` column (BETWEEN). */
  firstDay: '$3::date',
  lastDay: '$2::date',
  /** The span's bounds as instants at Paris midnight, end excluded, for a `timestamptz` column. */
  starts: `($3::date::timestamp AT TIME ZONE '${NETWORK_TIME_ZONE}')`,
  /** Where the current period starts, as an instant. */
  currentStarts: `($1::date::timestamp AT TIME ZONE '${NETWORK_TIME_ZONE}')`,
  ends: `(($2::date + 1)::timestamp AT TIME ZONE '${NETWORK_TIME_ZONE}')`,
};

/** The period of the `date` expression `day`, within the span. */
export const periodOfDay = (day: string): string => `(CASE WHEN ${day} >= $1::date THEN 'current' ELSE 'previous' END)`;

/** The period of the `timestamptz` expression `at`, within the span. */
export const periodOfInstant = (at: string): string =>
  `(CASE WHEN ${at} >= ${SPAN.currentStarts} THEN 'current' ELSE 'previous' END)`;

/** The instant `at` falls within the span. */
export const withinSpan = (at: string): string => `(${at} >= ${SPAN.starts} AND ${at} < ${SPAN.ends})`;

/** The instant `at` falls within the current period. */
export const withinCurrent = (at: string): string => `(${at} >= ${SPAN.currentStarts} AND ${at} < ${SPAN.ends})`;

/** The instant `column` falls within the bounds aliased `b`. */
export const within = (column: string, b = 'b'): string => `(${column} >= ${b}.starts AND ${column} < ${b}.ends)`;

/** The resource aliased `alias` has the theme filter's theme (or there is no theme filter). */
export const themeMatches = (alias: string): string =>
  `($5::text IS NULL OR EXISTS (SELECT 1 FROM resource_themes ft JOIN themes fth ON fth.id = ft.theme_id
                               WHERE ft.resource_id = ${alias}.id AND fth.slug = $5))`;

/** The resource aliased `alias` is for the audience filter's audience (or there is no audience filter). */
export const resourceAudienceMatches = (alias: string): string =>
  `($7::text IS NULL OR EXISTS (SELECT 1 FROM resource_audiences fa WHERE fa.resource_id = ${alias}.id AND fa.audience_slug = $7))`;

/**
 * The organisation whose id is the SQL expression `organisationId` passes the filters: the organisation filter's
 * one, a priority-neighbourhood one when asked. An activity belongs to the organisation of the member who did it.
 */
export const organisationMatches = (organisationId: string): string =>
  `(($6::text IS NULL OR ${organisationId} = (SELECT fo.id FROM organisations fo WHERE fo.slug = $6))
    AND (NOT $8 OR EXISTS (SELECT 1 FROM organisations fp WHERE fp.id = ${organisationId} AND fp.priority_neighbourhood)))`;
