import { readBibtex, readCslJson, readRis } from './citation-files';
import { ColumnMapping, CsvTable, csvToRecords, guessMapping, readCsvTable } from './csv-file';
import { ImportFormat, ImportedRecord, unreadable } from './imported-record';

const BY_EXTENSION: Record<string, ImportFormat> = {
  ris: 'ris',
  bib: 'bibtex',
  bibtex: 'bibtex',
  json: 'csl-json',
  csljson: 'csl-json',
  csv: 'csv',
  txt: 'csv',
};

/** The format from the file's content (what Zotero writes), else from its extension; null if neither says. */
export function detectFormat(fileName: string, text: string): ImportFormat | null {
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (/^TY {2}- /m.test(start.slice(0, 2000))) return 'ris';
  if (/^@[a-z]+\s*[{(]/im.test(start.slice(0, 5000))) return 'bibtex';
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  return BY_EXTENSION[/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? null;
}

export interface ReadFile {
  format: ImportFormat;
  records: ImportedRecord[];
  /** For CSV: its columns and the mapping used. */
  csv?: { headers: string[]; mapping: ColumnMapping };
}

/** Reads a whole file; for CSV, with the given mapping or one guessed from its headers. */
export function readImportFile(format: ImportFormat, text: string, mapping?: ColumnMapping): ReadFile {
  switch (format) {
    case 'ris':
      return { format, records: readRis(text) };
    case 'bibtex':
      return { format, records: readBibtex(text) };
    case 'csl-json':
      return { format, records: readCslJson(text) };
    case 'csv': {
      let table: CsvTable;
      try {
        table = readCsvTable(text);
      } catch (error) {
        const detail = `CSV illisible (${(error as Error).message.split('\n')[0].slice(0, 200)})`;
        return { format, records: [unreadable(detail)], csv: { headers: [], mapping: guessMapping([]) } };
      }
      const used = mapping ?? guessMapping(table.headers);
      return { format, records: csvToRecords(table, used), csv: { headers: table.headers, mapping: used } };
    }
  }
}
