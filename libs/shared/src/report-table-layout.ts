import { REPORT_RANKINGS, type ReportTableId } from './report-period';

/** What the layout reads of a report table: the GraphQL answer on the web, the service's object in the API. */
export interface ReportTableShape {
  id: string;
  columns: readonly string[];
  rows: readonly ReportRowShape[];
}

export interface ReportRowShape {
  key: string;
  label: string;
  resourceSlug: string | null;
  values: readonly (number | null)[];
  previous: readonly (number | null)[];
  suppressed: readonly boolean[];
  previousSuppressed: readonly boolean[];
}

/** The words and formats a layout needs, in the reader's language (web i18n) or in French (PDF, ODS). */
export interface ReportLayoutLabels<Cell> {
  /** « Intitulé ». */
  labelHeader: string;
  column: (column: string) => string;
  /** « Ateliers (période précédente) » for `column` already named. */
  previousColumn: (columnLabel: string) => string;
  /** A resource type's name (resourcesByType keys). */
  resourceType: (type: string) => string;
  /** A month (YYYY-MM) as « janvier 2026 ». */
  month: (month: string) => string;
  notGiven: string;
  restricted: string;
  restrictedKit: string;
  /** A count as the export writes it; `suppressed` is « < 3 » in shared reports. */
  cell: (value: number | null, suppressed: boolean) => Cell;
}

const isRanking = (table: ReportTableShape) => REPORT_RANKINGS.includes(table.id as ReportTableId);

/** A row's name: the type or month in words, « Non précisé », or « Ressource réservée aux membres » in a ranking. */
export function reportRowLabel(
  table: ReportTableShape,
  row: ReportRowShape,
  labels: Omit<ReportLayoutLabels<unknown>, 'cell'>,
): string {
  if (table.id === 'resourcesByType' && row.key) return labels.resourceType(row.key);
  if (table.id === 'fieldWorkByMonth') return labels.month(row.key);
  if (row.label) return row.label;
  if (row.key !== '' || row.resourceSlug !== null || !isRanking(table)) return labels.notGiven;
  return table.id === 'mostLentKits' ? labels.restrictedKit : labels.restricted;
}

/**
 * A table as the page shows it and every export writes it (CSV on the web, PDF and ODS from the API): a header, then
 * per row its name and each column's count, with a previous-period column after each one when the table has any.
 */
export function reportTableLayout<Cell>(
  table: ReportTableShape,
  labels: ReportLayoutLabels<Cell>,
): { header: string[]; rows: [string, ...Cell[]][] } {
  const comparable = table.rows.some((row) =>
    row.previous.some((value, i) => value !== null || row.previousSuppressed[i]),
  );
  const header = [labels.labelHeader];
  table.columns.forEach((column) => {
    header.push(labels.column(column));
    if (comparable) header.push(labels.previousColumn(labels.column(column)));
  });
  const rows = table.rows.map((row) => {
    const cells: Cell[] = [];
    table.columns.forEach((_, i) => {
      cells.push(labels.cell(row.values[i], row.suppressed[i]));
      if (comparable) cells.push(labels.cell(row.previous[i], row.previousSuppressed[i]));
    });
    return [reportRowLabel(table, row, labels), ...cells] as [string, ...Cell[]];
  });
  return { header, rows };
}
