// Minimal but valid office documents for tests: what Word, PowerPoint, Excel, LibreOffice and EPUB tools write,
// reduced to the parts a reader needs. Each maker answers the file's bytes.
import { ZipEntry, zip } from './zip-writer';

export const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const SHEET = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

export interface OfficeOptions {
  /** docProps/thumbnail.jpeg (OOXML) or Thumbnails/thumbnail.png (ODF), as office suites save it. */
  thumbnail?: Buffer;
  /** More entries, e.g. a bomb hidden in a document. */
  extraEntries?: ZipEntry[];
}

function contentTypes(overrides: Record<string, string>): string {
  const parts = Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`)
    .join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>${parts}</Types>`;
}

function rootRels(main: string, type: string, thumbnail: boolean): string {
  const thumb = thumbnail
    ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>'
    : '';
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${main}"/>${thumb}</Relationships>`;
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

function ooxml(main: string, mainType: string, parts: ZipEntry[], options: OfficeOptions): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: contentTypes({ [main]: mainType }) },
    { name: '_rels/.rels', data: rootRels(main, OFFICE_DOCUMENT, !!options.thumbnail) },
    ...parts,
    ...(options.thumbnail ? [{ name: 'docProps/thumbnail.jpeg', data: options.thumbnail }] : []),
    ...(options.extraEntries ?? []),
  ]);
}

/** A Word document whose body holds these paragraphs. */
export function makeDocx(paragraphs: string[], options: OfficeOptions = {}): Buffer {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`).join('');
  const document = `${XML_HEAD}<w:document ${W}><w:body>${body}</w:body></w:document>`;
  return ooxml(
    'word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    [{ name: 'word/document.xml', data: document }],
    options,
  );
}

/** A PowerPoint deck: one slide per string (lines become paragraphs). Slides are written 10 before 2 on purpose. */
export function makePptx(slides: string[], options: OfficeOptions = {}): Buffer {
  const slideXml = (text: string): string => {
    const paragraphs = text
      .split('\n')
      .map((line) => `<a:p><a:r><a:rPr lang="fr-FR"/><a:t>${xml(line)}</a:t></a:r></a:p>`)
      .join('');
    return `${XML_HEAD}<p:sld ${A} ${P} ${R}><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>${paragraphs}</p:txBody></p:sp></p:spTree></p:cSld><p:timing><p:attrName>style.visibility</p:attrName></p:timing></p:sld>`;
  };
  const parts = slides.map((text, index) => ({ name: `ppt/slides/slide${index + 1}.xml`, data: slideXml(text) }));
  parts.sort((a, b) => b.name.localeCompare(a.name));
  const presentation = `${XML_HEAD}<p:presentation ${P} ${R}/>`;
  return ooxml(
    'ppt/presentation.xml',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    [{ name: 'ppt/presentation.xml', data: presentation }, ...parts],
    options,
  );
}

export interface SheetFixture {
  name: string;
  rows: string[][];
}

/** An Excel workbook; text cells go through the shared strings, numbers stay inline, as Excel writes them. */
export function makeXlsx(sheets: SheetFixture[], options: OfficeOptions = {}): Buffer {
  const shared: string[] = [];
  const sharedIndex = (text: string): number => {
    const found = shared.indexOf(text);
    return found >= 0 ? found : shared.push(text) - 1;
  };
  const sheetParts = sheets.map((sheet, index) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((value, c) => {
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            return /^-?\d+(\.\d+)?$/.test(value)
              ? `<c r="${ref}"><v>${value}</v></c>`
              : `<c r="${ref}" t="s"><v>${sharedIndex(value)}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    return {
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: `${XML_HEAD}<worksheet ${SHEET}><sheetData>${rows}</sheetData></worksheet>`,
    };
  });
  const workbook = `${XML_HEAD}<workbook ${SHEET} ${R}><sheets>${sheets
    .map((sheet, index) => `<sheet name="${xml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('')}</Relationships>`;
  const strings = `${XML_HEAD}<sst ${SHEET} count="${shared.length}">${shared.map((text) => `<si><t>${xml(text)}</t></si>`).join('')}</sst>`;
  return ooxml(
    'xl/workbook.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    [
      { name: 'xl/workbook.xml', data: workbook },
      { name: 'xl/_rels/workbook.xml.rels', data: rels },
      { name: 'xl/sharedStrings.xml', data: strings },
      ...sheetParts,
    ],
    options,
  );
}
