import { stringify } from 'csv-stringify/sync';
import { ItemAvailability } from '../dto/reading-list.objects';
import { keywordText } from './export-detail-rows';
import { ListDocument, RESTRICTED_LINE, deletedLine } from './list-document';

export const CSV_COLUMNS = [
  'position',
  'titre',
  'auteurs',
  'année',
  'type',
  'format',
  'source',
  'page',
  'note',
  'état',
  'résumé',
  'éditeur',
  'langue',
  'mots-clés',
];

/** `;` is what Excel expects in French (the decimal separator is the comma); `,` elsewhere. */
export type CsvDelimiter = ';' | ',';

/**
 * One row per item (RFC 4180, UTF-8 with BOM so that spreadsheet software reads the accents). A value starting with
 * `=`, `+`, `-`, `@`, tab or CR is prefixed with `'`, so that Excel and LibreOffice show it instead of running it as a
 * formula (`=HYPERLINK(…)`, `=cmd|…`: issue 13, item 6).
 */
export function listToCsv({ list, pageUrl, details }: ListDocument, delimiter: CsvDelimiter = ';'): string {
  const rows = list.items.map((item, index) => {
    const r = item.availability === ItemAvailability.AVAILABLE ? item.resource : null;
    const state =
      item.availability === ItemAvailability.AVAILABLE
        ? 'disponible'
        : item.availability === ItemAvailability.DELETED
          ? 'retirée'
          : 'réservée';
    const title =
      r?.title ?? (item.availability === ItemAvailability.DELETED ? deletedLine(item.titleSnapshot) : RESTRICTED_LINE);
    const more = r ? details?.get(r.slug) : undefined;
    return [
      index + 1,
      title,
      r?.authors.join('; ') ?? '',
      r?.year ?? '',
      r?.type ?? '',
      r?.format ?? '',
      r?.url ?? '',
      r ? pageUrl(`/ressources/${r.slug}`) : '',
      item.note,
      state,
      r?.summary ?? '',
      more?.publisher ?? '',
      more?.language ?? '',
      (more?.keywords ?? []).map(keywordText).join('; '),
    ];
  });
  return `\ufeff${stringify([CSV_COLUMNS, ...rows], { record_delimiter: '\r\n', delimiter, escape_formulas: true })}`;
}
