import { strToU8, zipSync } from 'fflate';
import { validSheetNames } from './sheet-names';

/** A cell: a number (a numeric cell, summed by the spreadsheet), a text, or nothing. */
export type OdsCell = number | string | null;

export interface OdsRow {
  cells: OdsCell[];
  /** `title` for a sheet's heading, `header` for a table's column names. */
  style?: 'title' | 'header';
}

export interface OdsSheet {
  name: string;
  rows: OdsRow[];
  /** Column widths in centimetres, the last one repeated for the remaining columns. */
  widths: number[];
}

export interface OdsMeta {
  title: string;
  language: string;
  created: Date;
}

export const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
};
const xmlns = (...prefixes: (keyof typeof NS)[]) => prefixes.map((p) => `xmlns:${p}="${NS[p]}"`).join(' ');
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Characters XML 1.0 cannot carry: controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or attribute: escaped, without the characters XML 1.0 cannot carry. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const numberText = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function cellXml(cell: OdsCell, style: OdsRow['style']): string {
  const styled = style ? ` table:style-name="ce-${style}"` : '';
  if (cell === null || cell === '') return `<table:table-cell${styled}/>`;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return `<table:table-cell${styled}/>`;
    return `<table:table-cell${styled} office:value-type="float" office:value="${cell}"><text:p>${xmlText(numberText.format(cell))}</text:p></table:table-cell>`;
  }
  return `<table:table-cell${styled} office:value-type="string"><text:p>${xmlText(cell)}</text:p></table:table-cell>`;
}

const widthStyle = (cm: number) => `co-${Math.round(cm * 10)}`;

function sheetXml(sheet: OdsSheet, name: string): string {
  const count = Math.max(1, ...sheet.rows.map((row) => row.cells.length));
  const columns = Array.from({ length: count }, (_, i) => sheet.widths[Math.min(i, sheet.widths.length - 1)] ?? 3);
  const rows = sheet.rows.length ? sheet.rows : [{ cells: [] }];
  return (
    `<table:table table:name="${xmlText(name)}">` +
    columns.map((cm) => `<table:table-column table:style-name="${widthStyle(cm)}"/>`).join('') +
    rows
      .map(
        (row) =>
          `<table:table-row>${(row.cells.length ? row.cells : [null]).map((c) => cellXml(c, row.style)).join('')}</table:table-row>`,
      )
      .join('') +
    '</table:table>'
  );
}

function contentXml(sheets: OdsSheet[]): string {
  const names = validSheetNames(sheets.map((sheet) => sheet.name));
  const widths = [...new Set(sheets.flatMap((sheet) => sheet.widths))];
  const styles =
    widths
      .map(
        (cm) =>
          `<style:style style:name="${widthStyle(cm)}" style:family="table-column"><style:table-column-properties style:column-width="${cm}cm"/></style:style>`,
      )
      .join('') +
    '<style:style style:name="ce-title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>' +
    '<style:style style:name="ce-header" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" fo:background-color="#eeeeee"/><style:text-properties fo:font-weight="bold"/></style:style>';
  return (
    `${HEAD}<office:document-content ${xmlns('office', 'style', 'text', 'table', 'fo')} office:version="1.3">` +
    `<office:automatic-styles>${styles}</office:automatic-styles>` +
    `<office:body><office:spreadsheet>${sheets.map((sheet, i) => sheetXml(sheet, names[i])).join('')}</office:spreadsheet></office:body>` +
    '</office:document-content>'
  );
}

const STYLES_XML =
  `${HEAD}<office:document-styles ${xmlns('office', 'style', 'fo')} office:version="1.3">` +
  '<office:styles><style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt"/></style:default-style></office:styles>' +
  '</office:document-styles>';

const metaXml = ({ title, language, created }: OdsMeta) =>
  `${HEAD}<office:document-meta ${xmlns('office', 'meta', 'dc')} office:version="1.3"><office:meta>` +
  `<meta:generator>Culture commune</meta:generator><dc:title>${xmlText(title)}</dc:title>` +
  `<dc:language>${xmlText(language)}</dc:language><meta:creation-date>${created.toISOString()}</meta:creation-date>` +
  '</office:meta></office:document-meta>';

const MANIFEST_XML =
  `${HEAD}<manifest:manifest ${xmlns('manifest')} manifest:version="1.3">` +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODS_MEDIA_TYPE}"/>` +
  ['content.xml', 'styles.xml', 'meta.xml']
    .map((path) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="text/xml"/>`)
    .join('') +
  '</manifest:manifest>';

/**
 * An OpenDocument spreadsheet (ODF 1.3), one sheet per `sheets` entry: a ZIP whose first entry is `mimetype`, stored
 * uncompressed, so that a reader can identify the file from its first bytes (OpenDocument Part 2, section 3.3).
 */
export function odsFile(sheets: OdsSheet[], meta: OdsMeta): Uint8Array {
  const mtime = meta.created;
  // fflate keeps the object's order: `mimetype` is the first entry.
  return zipSync(
    {
      mimetype: [strToU8(ODS_MEDIA_TYPE), { level: 0 }],
      'content.xml': strToU8(contentXml(sheets)),
      'styles.xml': strToU8(STYLES_XML),
      'meta.xml': strToU8(metaXml(meta)),
      'META-INF/manifest.xml': strToU8(MANIFEST_XML),
    },
    { level: 6, mtime },
  );
}
