import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

/** A cell as a spreadsheet reads it: a number (office:value-type="float"), a text, or nothing. */
export type ReadCell = { float: number } | { text: string } | null;

export interface ReadOds {
  /** The ZIP's first local file entry: its name, compression method (0: stored) and bytes. */
  first: { name: string; method: number; content: string };
  entries: string[];
  sheets: { name: string; rows: ReadCell[][] }[];
}

/**
 * An ODS file read as a spreadsheet application would: the first ZIP entry from its local header (OpenDocument wants
 * `mimetype` first and stored), then content.xml parsed as XML (jsdom), every sheet's rows and typed cells.
 */
export function readOds(file: Buffer): ReadOds {
  if (file.readUInt32LE(0) !== 0x04034b50) throw new Error('Not a ZIP file: no local file header at its start');
  const method = file.readUInt16LE(8);
  const size = file.readUInt32LE(18);
  const nameLength = file.readUInt16LE(26);
  const extraLength = file.readUInt16LE(28);
  const name = file.toString('latin1', 30, 30 + nameLength);
  const start = 30 + nameLength + extraLength;
  const content = file.toString('latin1', start, start + size);

  const files = unzipSync(new Uint8Array(file));
  const xml = strFromU8(files['content.xml']);
  const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const attr = (element: Element, ns: string, local: string) => element.getAttributeNS(ns, local);
  const sheets = Array.from(document.getElementsByTagNameNS(TABLE, 'table')).map((sheet) => ({
    name: attr(sheet, TABLE, 'name') ?? '',
    rows: Array.from(sheet.getElementsByTagNameNS(TABLE, 'table-row')).map((row) =>
      Array.from(row.getElementsByTagNameNS(TABLE, 'table-cell')).map((cell): ReadCell => {
        const type = attr(cell, OFFICE, 'value-type');
        if (type === 'float') return { float: Number(attr(cell, OFFICE, 'value')) };
        if (type === 'string') return { text: cell.textContent ?? '' };
        return null;
      }),
    ),
  }));
  return { first: { name, method, content }, entries: Object.keys(files), sheets };
}

/** A row's cells as plain values (numbers, texts, null), for comparisons. */
export const plain = (row: ReadCell[]): (number | string | null)[] =>
  row.map((cell) => (cell === null ? null : 'float' in cell ? cell.float : cell.text));
