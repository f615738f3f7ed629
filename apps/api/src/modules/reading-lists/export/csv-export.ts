import { stringify } from 'csv-stringify/sync';
import { ItemAvailability } from '../dto/reading-list.objects';
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
];

/** One row per item (RFC 4180, UTF-8 with BOM so that spreadsheet software reads the accents). */
export function listToCsv({ list, pageUrl }: ListDocument): string {
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
    ];
  });
  return `\ufeff${stringify([CSV_COLUMNS, ...rows], { record_delimiter: '\r\n' })}`;
}
