// OpenDocument (ODT, ODP, ODS): the text of content.xml — paragraphs and headings, one page per slide (draw:page)
// or per sheet (table:table) — and the preview every ODF file carries in Thumbnails/thumbnail.png.
import { ExtractionLimits, ExtractionResult } from './extraction-result';
import { TextBudget, chunkText } from './text-pages';
import { optionalThumbnailOf } from './thumbnail';
import { TextRules, zipXmlPages } from './xml-text';
import { withZip, zipLimitsOf } from './zip-archive';

export type OdfKind = 'odt' | 'odp' | 'ods';

const PARAGRAPHS: TextRules = {
  textInside: ['text:p', 'text:h'],
  blocks: ['text:p', 'text:h'],
  characters: { 'text:s': ' ', 'text:tab': '\t', 'text:line-break': '\n' },
  // Deleted text kept for change tracking is not the document's text.
  skip: ['text:tracked-changes'],
};

const RULES: Record<OdfKind, TextRules> = {
  odt: PARAGRAPHS,
  odp: { ...PARAGRAPHS, pageElement: 'draw:page' },
  ods: { ...PARAGRAPHS, blocks: ['table:table-row'], cells: ['table:table-cell'], pageElement: 'table:table' },
};

export async function extractOdf(kind: OdfKind, path: string, limits: ExtractionLimits): Promise<ExtractionResult> {
  return withZip(path, zipLimitsOf(limits), async (zip) => {
    const budget = new TextBudget(limits.maxTextChars);
    const raw = zip.has('content.xml')
      ? await zipXmlPages(zip, 'content.xml', { ...RULES[kind], maxChars: limits.maxTextChars })
      : [];
    const thumbnailEntry = 'Thumbnails/thumbnail.png';
    const thumbnail = await optionalThumbnailOf(zip.has(thumbnailEntry) ? await zip.read(thumbnailEntry) : null);
    if (kind === 'odt') {
      return { status: 'done', pages: chunkText(budget.take(raw.join('\n'))), unit: null, error: null, thumbnail };
    }
    const pages = raw.map((text) => budget.take(text));
    return { status: 'done', pages, unit: kind === 'odp' ? 'slide' : 'sheet', error: null, thumbnail };
  });
}
