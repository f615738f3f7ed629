import {
  reportRowLabel,
  reportTableLayout,
  type ReportColumnId,
  type ReportLayoutLabels,
  type ReportFigureId,
  type ReportTableId,
  type ResourceType,
} from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import { currentLanguage } from '../../../i18n/i18n';
import { localeOf } from '../../../shared/format-date';
import type { ActivityReportFieldsFragment } from '../../../generated/graphql';
import type { CsvTable } from './report-csv';

export type ReportData = ActivityReportFieldsFragment;
export type ReportTableData = ReportData['tables'][number];
export type ReportRowData = ReportTableData['rows'][number];

const PERCENT_FIGURES: readonly string[] = ['parentsPresentShare', 'itemsReadShare'];

/** Numbers, row labels and table headers of the report in the interface language. */
export function useReportLabels() {
  const { t, i18n } = useTranslation();
  const locale = localeOf(currentLanguage(i18n));
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

  const figureValue = (id: string, value: number | null | undefined): string => {
    if (value === null || value === undefined) return '—';
    if (PERCENT_FIGURES.includes(id))
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    if (id === 'averageRating') return `${number(value)}\u00a0/\u00a05`;
    return number(value);
  };

  const change = (figure: ReportData['figures'][number]): string => {
    if (figure.changePercent === null || figure.changePercent === undefined)
      return t('report.change.none', { previous: figureValue(figure.id, figure.previous) });
    if (figure.changePercent === 0) return t('report.change.same');
    const value = number(Math.abs(figure.changePercent));
    return figure.changePercent > 0 ? t('report.change.up', { value }) : t('report.change.down', { value });
  };

  const cell = (value: number | null | undefined, suppressed: boolean | undefined): string =>
    suppressed ? t('report.suppressed') : value === null || value === undefined ? '—' : number(value);

  const columnLabel = (column: string) => t(`report.columns.${column as ReportColumnId}`);
  const tableTitle = (id: string) => t(`report.tables.${id as ReportTableId}`);
  const figureLabel = (id: string) => t(`report.figures.${id as ReportFigureId}`);

  const layoutLabels: ReportLayoutLabels<string> = {
    labelHeader: t('report.columns.label'),
    column: columnLabel,
    previousColumn: (column) => t('report.columns.previous', { column }),
    resourceType: (type) => t(`types.${type as ResourceType}`),
    month: (month) =>
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${month}-01T00:00:00Z`),
      ),
    notGiven: t('report.notGiven'),
    restricted: t('report.restricted'),
    restrictedKit: t('report.restrictedKit'),
    cell,
  };

  const rowLabel = (table: ReportTableData, row: ReportRowData): string => reportRowLabel(table, row, layoutLabels);

  /** The table as the page shows it and the CSV writes it: a previous-period column after each one that has it. */
  const tableText = (table: ReportTableData): CsvTable => reportTableLayout(table, layoutLabels);

  return { figureValue, change, rowLabel, cell, columnLabel, tableTitle, figureLabel, tableText, number };
}
