import type { ValidationIssue } from './resource-validation';

/** The activity report's limits: its longest period, and the smallest count a shared report shows in a cross-tab. */
export const REPORT_LIMITS = { maxYears: 5, smallestSharedCount: 3, rankingSize: 10, bestRatedMinDebriefs: 3 } as const;

export type ReportPreset = 'thisYear' | 'lastYear' | 'last12Months' | 'custom';

export interface ReportPeriod {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, included, YYYY-MM-DD. */
  to: string;
}

const DAY_MS = 24 * 3600 * 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const parse = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const format = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function isReportDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(parse(value)) && format(parse(value)) === value;
}

/** A preset's period as of `today` (YYYY-MM-DD); the last 12 months end today. */
export function presetPeriod(preset: Exclude<ReportPreset, 'custom'>, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: today };
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const start = new Date(parse(today));
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return { from: format(start.getTime() + DAY_MS), to: today };
}

/** The period of the same length that ends the day before `period` starts: what each figure is compared with. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const length = parse(period.to) - parse(period.from);
  const to = parse(period.from) - DAY_MS;
  return { from: format(to - length), to: format(to) };
}

/** Issues naming the field: dates as YYYY-MM-DD, the end not before the start, at most five years. */
export function validateReportPeriod(period: ReportPeriod): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isReportDate(period.from)) issues.push({ field: 'from', rule: 'date' });
  if (!isReportDate(period.to)) issues.push({ field: 'to', rule: 'date' });
  if (issues.length) return issues;
  if (period.to < period.from) return [{ field: 'to', rule: 'notBefore', params: { other: 'le début de la période' } }];
  const limit = new Date(parse(period.from));
  limit.setUTCFullYear(limit.getUTCFullYear() + REPORT_LIMITS.maxYears);
  if (parse(period.to) >= limit.getTime())
    return [{ field: 'to', rule: 'maxPeriod', params: { max: REPORT_LIMITS.maxYears } }];
  return [];
}

/** The change from `previous` to `value` in percent, rounded; null when there is nothing to compare with. */
export function changePercent(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return Math.round(((value - previous) / previous) * 100);
}

/** The report's sections, figures, tables and columns, by stable id (the web names each in the interface language). */
export const REPORT_SECTIONS = ['fieldWork', 'library', 'meetings', 'network', 'equipment'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

export const REPORT_FIGURES = [
  'debriefs',
  'participants',
  'parentsPresentShare',
  'averageRating',
  'resourcesShared',
  'contributors',
  'comments',
  'reactions',
  'bookmarks',
  'views',
  'eventsHeld',
  'attendance',
  'readingLists',
  'itemsReadShare',
  'membersAtStart',
  'membersAtEnd',
  'newMembers',
  'activeMembers',
  'organisationsAtStart',
  'organisationsAtEnd',
  'newOrganisations',
  'activeOrganisations',
  'priorityOrganisationsReached',
  'loans',
  'daysLent',
] as const;
export type ReportFigureId = (typeof REPORT_FIGURES)[number];

export const REPORT_TABLES = [
  'fieldWorkByMonth',
  'fieldWorkByAgeBand',
  'fieldWorkByOrganisation',
  'fieldWorkByTheme',
  'mostUsedTools',
  'bestRatedTools',
  'resourcesByType',
  'resourcesByTheme',
  'resourcesByAudience',
  'contributionsByOrganisation',
  'mostConsulted',
  'mostBookmarked',
  'mostLentKits',
  'loansByOwner',
] as const;
export type ReportTableId = (typeof REPORT_TABLES)[number];

export const REPORT_COLUMNS = [
  'debriefs',
  'participants',
  'averageRating',
  'resources',
  'contributors',
  'views',
  'bookmarks',
  'loans',
  'daysLent',
] as const;
export type ReportColumnId = (typeof REPORT_COLUMNS)[number];

/** Rankings list resources (or kits): no comparison, and a shared report names only public resources (no kit). */
export const REPORT_RANKINGS: readonly ReportTableId[] = [
  'mostUsedTools',
  'bestRatedTools',
  'mostConsulted',
  'mostBookmarked',
  'mostLentKits',
];
