import {
  REPORT_LABELS_FR,
  TYPE_LABELS,
  reportTableLayout,
  type ReportColumnId,
  type ReportLayoutLabels,
  type ResourceType,
} from '@culture-commune/shared';
import type { ReportFigureObject, ReportTableObject } from '../dto/report.objects';

/*
 * The report's numbers and names in French, as the page writes them (web `use-report-labels.ts`, i18n `report.*`):
 * the PDF must show the same text as the page so that a reader can check one against the other.
 */

const PERCENT_FIGURES: readonly string[] = ['parentsPresentShare', 'itemsReadShare'];
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export const SUPPRESSED = '< 3';

export const formatNumber = (value: number): string => numberFormat.format(value);

/** A calendar day (YYYY-MM-DD) as « 1 janvier 2026 ». */
export const formatDay = (day: string): string => dayFormat.format(new Date(`${day}T00:00:00Z`));

/** An instant as « 4 décembre 2026 à 18:05 », Paris time (the network's). */
export const formatDateTime = (at: Date): string => dateTimeFormat.format(at);

export function figureValue(id: string, value: number | null): string {
  if (value === null) return '—';
  if (PERCENT_FIGURES.includes(id)) return percentFormat.format(value / 100);
  if (id === 'averageRating') return `${formatNumber(value)}\u00a0/\u00a05`;
  return formatNumber(value);
}

export function changeText(figure: ReportFigureObject): string {
  if (figure.changePercent === null)
    return `Rien à comparer (période précédente\u00a0: ${figureValue(figure.id, figure.previous)})`;
  if (figure.changePercent === 0) return 'Stable';
  const value = formatNumber(Math.abs(figure.changePercent));
  return figure.changePercent > 0 ? `+${value} %` : `−${value} %`;
}

/** The French words of a table's layout (decision 0044): the PDF's and the ODS's, the page's in French. */
export const FRENCH_TABLE_WORDS: Omit<ReportLayoutLabels<unknown>, 'cell'> = {
  labelHeader: 'Intitulé',
  column: (column) => REPORT_LABELS_FR.columns[column as ReportColumnId] ?? column,
  previousColumn: (column) => `${column} (période précédente)`,
  resourceType: (type) => TYPE_LABELS[type as ResourceType]?.fr ?? type,
  month: (month) => monthFormat.format(new Date(`${month}-01T00:00:00Z`)),
  notGiven: 'Non précisé',
  restricted: 'Ressource réservée aux membres',
  restrictedKit: 'Malle réservée aux membres',
};

const cell = (value: number | null, suppressed: boolean): string =>
  suppressed ? SUPPRESSED : value === null ? '—' : formatNumber(value);

/** A table as the page shows it: a previous-period column after each one that has it. */
export function tableText(table: ReportTableObject): { header: string[]; rows: string[][] } {
  return reportTableLayout(table, { ...FRENCH_TABLE_WORDS, cell });
}
