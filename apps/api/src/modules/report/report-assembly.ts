import {
  REPORT_LIMITS,
  REPORT_RANKINGS,
  changePercent,
  type ReportColumnId,
  type ReportFigureId,
  type ReportSectionId,
  type ReportTableId,
} from '@culture-commune/shared';
import type {
  ActivityReportObject,
  ReportFigureObject,
  ReportRowObject,
  ReportTableObject,
} from './dto/report.objects';
import type { BreakdownRow, RankedResourceRow } from './field-work-rows';
import type { PeriodName } from './report-sql';

/** Both periods' rows of a totals query, by period. */
export function byPeriod<T extends { period: PeriodName }>(rows: T[]): { current: T; previous: T } {
  const find = (period: PeriodName) => {
    const row = rows.find((candidate) => candidate.period === period);
    if (!row) throw new Error(`No ${period} row`);
    return row;
  };
  return { current: find('current'), previous: find('previous') };
}

/** A section's figures, each with its previous value and the change. */
export function figures(
  section: ReportSectionId,
  entries: [ReportFigureId, number | null, number | null][],
): ReportFigureObject[] {
  return entries.map(([id, value, previous]) => ({
    id,
    section,
    value,
    previous,
    changePercent: changePercent(value, previous),
  }));
}

/** A part in percent with one decimal (« 42,9 % »); null when there is no whole. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

type Columns = [ReportColumnId] | [ReportColumnId, ReportColumnId];

const row = (key: string, label: string, values: (number | null)[], previous: (number | null)[]): ReportRowObject => ({
  key,
  label,
  resourceSlug: null,
  values,
  previous,
  suppressed: values.map(() => false),
  previousSuppressed: values.map(() => false),
});

/**
 * A cross-tab from both periods' rows: the current period's rows, largest first, each with the previous value (0 when
 * the previous period had none). Months (`byKey`) are in order and have no previous value: their comparison is in
 * the totals.
 */
export function breakdownTable(
  section: ReportSectionId,
  id: ReportTableId,
  columns: Columns,
  rows: BreakdownRow[],
  options: { months?: boolean } = {},
): ReportTableObject {
  const before = new Map(rows.filter((r) => r.period === 'previous').map((r) => [r.key, r]));
  const current = rows.filter((r) => r.period === 'current');
  current.sort((a, b) =>
    options.months ? a.key.localeCompare(b.key) : b.a - a.a || a.label.localeCompare(b.label, 'fr'),
  );
  const pick = (r: BreakdownRow | undefined) => (columns.length === 2 ? [r?.a ?? 0, r?.b ?? 0] : [r?.a ?? 0]);
  return {
    id,
    section,
    columns,
    rows: current.map((r) =>
      row(r.key, r.label, pick(r), options.months ? columns.map(() => null) : pick(before.get(r.key))),
    ),
  };
}

/**
 * A ranking (no comparison): `value`, then `count` when the table has a second column. Rows are resources (linked)
 * unless `resources` is false (kits).
 */
export function rankingTable(
  section: ReportSectionId,
  id: ReportTableId,
  columns: Columns,
  rows: RankedResourceRow[],
  resources = true,
): ReportTableObject {
  return {
    id,
    section,
    columns,
    rows: rows.map((r) => ({
      ...row(
        r.slug,
        r.title,
        columns.length === 2 ? [r.value, r.count] : [r.value],
        columns.map(() => null),
      ),
      resourceSlug: resources ? r.slug : null,
    })),
  };
}

/** Columns that are not counts of people or things: never suppressed. */
const NOT_COUNTS: readonly string[] = ['averageRating'];

const small = (value: number | null) => value !== null && value > 0 && value < REPORT_LIMITS.smallestSharedCount;

/**
 * The report as a share link shows it (decision 0037): in every table, counts below 3 become null and `suppressed`
 * (« < 3 »), so that no child or participant can be singled out; rankings name only resources a visitor may see
 * (never a kit: visitors see none).
 * Totals are kept: they single out no one.
 */
export function forSharing(report: ActivityReportObject, publicSlugs: ReadonlySet<string>): ActivityReportObject {
  return {
    ...report,
    shared: true,
    tables: report.tables.map((table) => {
      const counts = table.columns.map((column) => !NOT_COUNTS.includes(column));
      const hide = (values: (number | null)[]) => values.map((value, i) => (counts[i] && small(value) ? null : value));
      const flags = (values: (number | null)[]) => values.map((value, i) => counts[i] && small(value));
      const ranking = REPORT_RANKINGS.includes(table.id as ReportTableId);
      return {
        ...table,
        rows: table.rows.map((r) => {
          const named = !ranking || (r.resourceSlug !== null && publicSlugs.has(r.resourceSlug));
          return {
            key: named ? r.key : '',
            label: named ? r.label : '',
            resourceSlug: named ? r.resourceSlug : null,
            values: hide(r.values),
            previous: hide(r.previous),
            suppressed: flags(r.values),
            previousSuppressed: flags(r.previous),
          };
        }),
      };
    }),
  };
}
