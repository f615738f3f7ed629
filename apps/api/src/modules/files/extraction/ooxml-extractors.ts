// Office Open XML: DOCX through mammoth (after the ZIP guard has inflated every entry under the cap), PPTX slides and
// XLSX sheets straight from their XML.
import { posix } from 'node:path';
import type * as Mammoth from 'mammoth';
import { loadOnDemand } from '../../../common/load-on-demand';
import { ExtractionLimits, ExtractionResult } from './extraction-result';
import { TextBudget, chunkText } from './text-pages';
import { optionalThumbnailOf } from './thumbnail';
import { eachElement, localName, parseZipXml, zipXmlPages } from './xml-text';
import { ZipArchive, withZip, zipLimitsOf } from './zip-archive';

const THUMBNAIL = 'docProps/thumbnail.jpeg';

async function optionalEntry(zip: ZipArchive, name: string): Promise<Buffer | null> {
  return zip.has(name) ? zip.read(name) : null;
}

/** Entries named `<prefix><n>.xml`, by n. */
export function numberedEntries(zip: ZipArchive, prefix: string): string[] {
  const pattern = new RegExp(`^${prefix.replace(/[/.]/g, '\\$&')}(\\d+)\\.xml$`);
  return zip
    .names()
    .map((name) => ({ name, number: Number(pattern.exec(name)?.[1] ?? NaN) }))
    .filter((entry) => Number.isFinite(entry.number))
    .sort((a, b) => a.number - b.number)
    .map((entry) => entry.name);
}

export async function extractDocx(path: string, limits: ExtractionLimits): Promise<ExtractionResult> {
  const thumbnail = await withZip(path, zipLimitsOf(limits), async (zip) => {
    let preview: Buffer | null = null;
    for (const name of zip.names()) {
      if (name === THUMBNAIL) preview = await zip.read(name);
      else await zip.stream(name, () => undefined);
    }
    return optionalThumbnailOf(preview);
  });
  // Loaded on the first Word file, not at every start.
  const mammoth = loadOnDemand<typeof Mammoth>('mammoth');
  const { value } = await mammoth.extractRawText({ path });
  const text = new TextBudget(limits.maxTextChars).take(value);
  return { status: 'done', pages: chunkText(text), unit: null, error: null, thumbnail };
}

export async function extractPptx(path: string, limits: ExtractionLimits): Promise<ExtractionResult> {
  return withZip(path, zipLimitsOf(limits), async (zip) => {
    const budget = new TextBudget(limits.maxTextChars);
    const pages: string[] = [];
    for (const slide of numberedEntries(zip, 'ppt/slides/slide')) {
      const [text] = await zipXmlPages(zip, slide, {
        textInside: ['a:t'],
        blocks: ['a:p'],
        characters: { 'a:br': '\n' },
        maxChars: limits.maxTextChars,
      });
      pages.push(budget.take(text));
    }
    const thumbnail = await optionalThumbnailOf(await optionalEntry(zip, THUMBNAIL));
    return { status: 'done', pages, unit: 'slide', error: null, thumbnail };
  });
}

/** The workbook's sheets in tab order, with their names; sheetN.xml by number when the workbook says nothing. */
async function sheetsOf(zip: ZipArchive): Promise<{ name: string; entry: string }[]> {
  if (zip.has('xl/workbook.xml') && zip.has('xl/_rels/workbook.xml.rels')) {
    const targets = new Map<string, string>();
    eachElement(await zip.readText('xl/_rels/workbook.xml.rels'), (element, attributes) => {
      if (localName(element) === 'Relationship' && attributes.Id && attributes.Target) {
        const target = attributes.Target;
        targets.set(attributes.Id, target.startsWith('/') ? target.slice(1) : posix.join('xl', target));
      }
    });
    const sheets: { name: string; entry: string }[] = [];
    eachElement(await zip.readText('xl/workbook.xml'), (element, attributes) => {
      const entry = targets.get(attributes['r:id'] ?? '');
      if (localName(element) === 'sheet' && entry && zip.has(entry))
        sheets.push({ name: attributes.name ?? '', entry });
    });
    if (sheets.length) return sheets;
  }
  return numberedEntries(zip, 'xl/worksheets/sheet').map((entry) => ({ name: '', entry }));
}

async function sharedStringsOf(zip: ZipArchive, maxChars: number): Promise<string[]> {
  if (!zip.has('xl/sharedStrings.xml')) return [];
  // Each <si> is one string: its runs' <t>, without the phonetic guides (<rPh>).
  return zipXmlPages(zip, 'xl/sharedStrings.xml', {
    pageElement: 'si',
    textInside: ['t'],
    skip: ['rPh'],
    localNames: true,
    maxChars,
  });
}

async function sheetText(zip: ZipArchive, entry: string, shared: string[], maxChars: number): Promise<string> {
  const lines: string[] = [];
  let row: string[] = [];
  let cellType = '';
  let value = '';
  let reading = false;
  let collected = 0;
  await parseZipXml(zip, entry, {
    onopentag(qualified, attributes) {
      const name = localName(qualified);
      if (name === 'c') {
        cellType = attributes.t ?? '';
        value = '';
      } else if (name === 'v' || (name === 't' && cellType === 'inlineStr')) reading = true;
    },
    ontext(text) {
      if (reading) value += text;
    },
    onclosetag(qualified) {
      const name = localName(qualified);
      if (name === 'v' || name === 't') reading = false;
      else if (name === 'c') {
        const text = cellType === 's' ? (shared[Number(value)] ?? '') : value;
        if (text && collected < maxChars) {
          row.push(text);
          collected += text.length;
        }
      } else if (name === 'row') {
        if (row.length) lines.push(row.join('\t'));
        row = [];
      }
    },
  });
  return lines.join('\n');
}

export async function extractXlsx(path: string, limits: ExtractionLimits): Promise<ExtractionResult> {
  return withZip(path, zipLimitsOf(limits), async (zip) => {
    const budget = new TextBudget(limits.maxTextChars);
    const shared = await sharedStringsOf(zip, limits.maxTextChars);
    const pages: string[] = [];
    for (const sheet of await sheetsOf(zip)) {
      const text = await sheetText(zip, sheet.entry, shared, limits.maxTextChars);
      pages.push(budget.take(sheet.name ? `${sheet.name}\n${text}` : text));
    }
    const thumbnail = await optionalThumbnailOf(await optionalEntry(zip, THUMBNAIL));
    return { status: 'done', pages, unit: 'sheet', error: null, thumbnail };
  });
}
