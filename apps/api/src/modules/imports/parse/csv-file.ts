import { parse } from 'csv-parse/sync';
import { foldAccents } from '@culture-commune/shared';
import {
  IMPORTED_FIELD_NAMES,
  ImportedFieldName,
  ImportedRecord,
  checkRecord,
  emptyFields,
  unreadable,
} from './imported-record';
import { guessLanguage, guessTypeFormat, splitList } from './vocabulary-guess';

/** Which CSV column fills each of our fields (null: none). */
export type ColumnMapping = Record<ImportedFieldName, string | null>;

export interface CsvTable {
  headers: string[];
  rows: string[][];
  separator: ',' | ';' | '\t';
}

/** The separator of the header line: the one that appears most outside quotes (`;` for French spreadsheets). */
function detectSeparator(text: string): CsvTable['separator'] {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((sep) => [sep, header.split(sep).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** A spreadsheet export: UTF-8 with or without BOM, `,` `;` or tab separated, the first line naming the columns. */
export function readCsvTable(text: string): CsvTable {
  const body = text.replace(/^\ufeff/, '');
  const separator = detectSeparator(body);
  const records = parse(body, {
    delimiter: separator,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as string[][];
  const [headers = [], ...rows] = records;
  return { headers, rows: rows.filter((row) => row.some((cell) => cell !== '')), separator };
}

const key = (header: string) =>
  foldAccents(header)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Header names each field is guessed from, best first: our own CSV export (titre, auteurs, année, type, format,
 * source, note), Zotero's CSV export (Title, Author, Publication Year, Item Type, Url, Abstract Note, Manual Tags…)
 * and common French and English names.
 */
const GUESSES: Record<ImportedFieldName, string[]> = {
  title: ['titre', 'title', 'intitule', 'nom'],
  summary: ['resume', 'abstract note', 'abstract', 'summary', 'description', 'note', 'notes'],
  authors: ['auteurs', 'auteur', 'auteur s', 'auteurices', 'author', 'authors', 'creator', 'createur'],
  publisher: ['editeur', 'publisher', 'maison d edition', 'edition'],
  year: ['annee', 'publication year', 'year', 'annee de publication', 'date'],
  url: ['url', 'source', 'lien', 'link', 'adresse web', 'adresse', 'web'],
  language: ['langue', 'language', 'lang'],
  type: ['type', 'item type', 'type de document', 'type de ressource'],
  format: ['format'],
  tags: ['etiquettes', 'tags', 'manual tags', 'mots cles', 'mot cles', 'keywords', 'mots clefs', 'sujets'],
};

/** A mapping guessed from the headers; each column fills at most one field. */
export function guessMapping(headers: string[]): ColumnMapping {
  const used = new Set<string>();
  const mapping = {} as ColumnMapping;
  for (const field of IMPORTED_FIELD_NAMES) {
    const found = GUESSES[field]
      .map((wanted) => headers.find((header) => !used.has(header) && key(header) === wanted))
      .find(Boolean);
    mapping[field] = found ?? null;
    if (found) used.add(found);
  }
  return mapping;
}

/** « Martin, Élodie » (Zotero) → « Élodie Martin »; other names are kept as written. */
function personName(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name.trim();
}

function year(value: string): number | null {
  const match = /\b(\d{4})\b/.exec(value);
  return match ? Number(match[1]) : value.trim() ? Number.NaN : null;
}

/** Each data row → a record; a row with a column that names no header is not an error (spreadsheets pad rows). */
export function csvToRecords(table: CsvTable, mapping: ColumnMapping): ImportedRecord[] {
  const unknown = IMPORTED_FIELD_NAMES.filter((field) => mapping[field] && !table.headers.includes(mapping[field]!));
  if (unknown.length) {
    return [unreadable(`colonne inconnue : ${unknown.map((field) => mapping[field]).join(', ')}`)];
  }
  const column = (row: string[], field: ImportedFieldName) => {
    const header = mapping[field];
    return header ? (row[table.headers.indexOf(header)] ?? '').trim() : '';
  };
  return table.rows.map((row) => {
    const { type, format } = guessTypeFormat(column(row, 'type'), column(row, 'format'));
    const parsedYear = year(column(row, 'year'));
    return checkRecord({
      ...emptyFields(),
      type,
      format,
      title: column(row, 'title'),
      summary: column(row, 'summary'),
      authors: splitList(column(row, 'authors'), /;/).map(personName),
      publisher: column(row, 'publisher') || null,
      // A year that is not one stays a number the range rule refuses, naming the field.
      year: Number.isNaN(parsedYear) ? -1 : parsedYear,
      url: column(row, 'url') || null,
      language: guessLanguage(column(row, 'language')),
      tags: splitList(column(row, 'tags')),
    });
  });
}
