import {
  REPORT_LABELS_FR,
  REPORT_SECTIONS,
  reportTableLayout,
  type ReportFigureId,
  type ReportTableId,
} from '@culture-commune/shared';
import type { ReportTableObject } from '../dto/report.objects';
import { odsFile, type OdsCell, type OdsRow, type OdsSheet } from './ods/ods-file';
import type { ReportDocument } from './report-document.service';
import { FRENCH_TABLE_WORDS, SUPPRESSED, formatDateTime, formatDay } from './report-print-labels';
import { REPORT_SHEET_NAMES_FR, SUMMARY_SHEET } from './report-sheet-names';

const UNITS: Partial<Record<ReportFigureId, string>> = {
  parentsPresentShare: '%',
  itemsReadShare: '%',
  averageRating: 'sur 5',
};

/** A count as a number the spreadsheet can add up; « < 3 » (shared reports) and « — » (nothing) as text. */
const cell = (value: number | null, suppressed: boolean): OdsCell =>
  suppressed ? SUPPRESSED : value === null ? '—' : value;

const text = (...cells: OdsCell[]): OdsRow => ({ cells });

function summary({ report, networkName, filters }: ReportDocument): OdsSheet {
  const { period, previousPeriod } = report;
  const figures = REPORT_SECTIONS.flatMap((section) =>
    report.figures
      .filter((figure) => figure.section === section)
      .map((figure) =>
        text(
          REPORT_LABELS_FR.sections[section],
          REPORT_LABELS_FR.figures[figure.id as ReportFigureId] ?? figure.id,
          figure.value ?? '—',
          figure.previous ?? '—',
          figure.changePercent ?? 'Rien à comparer',
          UNITS[figure.id as ReportFigureId] ?? null,
        ),
      ),
  );
  return {
    name: SUMMARY_SHEET,
    widths: [5, 9, 3.2, 3.2, 3.2, 2],
    rows: [
      { cells: [networkName], style: 'title' },
      { cells: ['Rapport d’activité'], style: 'title' },
      text('Période', `Du ${formatDay(period.from)} au ${formatDay(period.to)}`),
      text('Période précédente', `Du ${formatDay(previousPeriod.from)} au ${formatDay(previousPeriod.to)}`),
      text('Filtres', filters.length ? filters.join(' ; ') : 'Sans filtre\u00a0: tout le réseau'),
      text('Calculé le', formatDateTime(report.generatedAt)),
      ...(report.shared ? [text('Partage', 'Rapport partagé en lecture seule')] : []),
      text(
        'Note',
        'Les brouillons, les ressources à la corbeille et les listes privées ne sont jamais comptés. Les filtres thème et public ne s’appliquent pas aux rencontres ni au réseau.',
      ),
      text(),
      {
        cells: ['Section', 'Indicateur', 'Période', 'Période précédente', 'Évolution (%)', 'Unité'],
        style: 'header',
      },
      ...figures,
      ...(report.shared
        ? [text(), text('«\u00a0< 3\u00a0»\u00a0: moins de 3, masqué pour que personne ne soit reconnaissable.')]
        : []),
    ],
  };
}

function tableSheet(table: ReportTableObject): OdsSheet {
  const id = table.id as ReportTableId;
  const { header, rows } = reportTableLayout(table, { ...FRENCH_TABLE_WORDS, cell });
  return {
    name: REPORT_SHEET_NAMES_FR[id] ?? id,
    widths: [9, 3.5],
    rows: [
      { cells: [REPORT_LABELS_FR.tables[id] ?? id], style: 'title' },
      { cells: header, style: 'header' },
      ...(rows.length ? rows.map((row) => text(...row)) : [text('Aucune donnée pour cette période.')]),
    ],
  };
}

/**
 * The whole report as an OpenDocument spreadsheet (decision 0049): « Synthèse » (network, period, filters, date, the
 * figures with the previous period and the change), then one sheet per table in the page's order, with the CSV
 * export's headers and rows; counts are numbers, « < 3 » stays text.
 */
export function reportToOds(document: ReportDocument): Uint8Array {
  const { report, networkName } = document;
  const tables = REPORT_SECTIONS.flatMap((section) => report.tables.filter((table) => table.section === section));
  return odsFile([summary(document), ...tables.map(tableSheet)], {
    title: `Rapport d’activité — ${networkName}`,
    language: 'fr-FR',
    created: report.generatedAt,
  });
}
