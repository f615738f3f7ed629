import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

/**
 * The sheets of a downloaded ODS file, read from its content.xml as a spreadsheet would: numeric cells
 * (office:value-type="float") as numbers, text cells as text, empty ones as null.
 */
export function odsSheets(file: Buffer): { name: string; rows: (number | string | null)[][] }[] {
  const xml = strFromU8(unzipSync(new Uint8Array(file))['content.xml']);
  const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  return Array.from(document.getElementsByTagNameNS(TABLE, 'table')).map((sheet) => ({
    name: sheet.getAttributeNS(TABLE, 'name') ?? '',
    rows: Array.from(sheet.getElementsByTagNameNS(TABLE, 'table-row')).map((row) =>
      Array.from(row.getElementsByTagNameNS(TABLE, 'table-cell')).map((cell) => {
        const type = cell.getAttributeNS(OFFICE, 'value-type');
        if (type === 'float') return Number(cell.getAttributeNS(OFFICE, 'value'));
        return type === 'string' ? (cell.textContent ?? '') : null;
      }),
    ),
  }));
}
