import type { FilePageRow } from './file-text-rows';

/**
 * Words of file text kept per resource. Meilisearch indexes at most 65,535 word positions per attribute and silently
 * drops the rest; a sentence end and each array element count 8 positions, so French prose (15–20 words a sentence)
 * uses about 1.4 positions a word. 30,000 words (≈ 100 pages of a PDF guide) stay clear of the limit and keep a
 * document's size bounded (decision 0024).
 */
export const FILE_TEXT_MAX_WORDS = 30_000;
/** A looser cap in characters, so that PostgreSQL does not even send the pages beyond it. */
export const FILE_TEXT_MAX_CHARS = FILE_TEXT_MAX_WORDS * 12;

/** Which elements of `fileText` belong to which file: element `first + n - 1` is its page n. */
export interface FileSpan {
  fileId: string;
  first: number;
  count: number;
}

export interface ResourceFileText {
  fileText: string[];
  fileSpans: FileSpan[];
}

/**
 * One resource's file text as the index stores it: one element per page, in the rows' order (main file first),
 * missing pages as empty strings so that an element's index gives its page, cut after `maxWords` words.
 */
export function toFileText(pages: FilePageRow[], maxWords = FILE_TEXT_MAX_WORDS): ResourceFileText {
  const fileText: string[] = [];
  const fileSpans: FileSpan[] = [];
  let words = 0;
  for (const row of pages) {
    if (words >= maxWords) break;
    let span = fileSpans[fileSpans.length - 1];
    if (!span || span.fileId !== row.file_id) {
      span = { fileId: row.file_id, first: fileText.length, count: 0 };
      fileSpans.push(span);
    }
    while (span.count < row.page - 1) {
      fileText.push('');
      span.count += 1;
    }
    const tokens = row.text.match(/\S+/g) ?? [];
    const kept = words + tokens.length > maxWords ? keepWords(row.text, maxWords - words) : row.text;
    words += Math.min(tokens.length, maxWords - words);
    fileText.push(kept);
    span.count += 1;
  }
  return { fileText, fileSpans };
}

/** The text up to its `count`-th word. */
function keepWords(text: string, count: number): string {
  const pattern = /\S+/g;
  let end = 0;
  for (let i = 0; i < count; i += 1) {
    const match = pattern.exec(text);
    if (!match) break;
    end = match.index + match[0].length;
  }
  return text.slice(0, end);
}

/** The file and page of an element of `fileText`; null when no span holds it. */
export function pageOfElement(spans: FileSpan[], index: number): { fileId: string; page: number } | null {
  const span = spans.find((candidate) => index >= candidate.first && index < candidate.first + candidate.count);
  return span ? { fileId: span.fileId, page: index - span.first + 1 } : null;
}

/** Groups a batch's page rows by resource id (rows come ordered by resource). */
export function groupPagesByResource(rows: FilePageRow[]): Map<string, FilePageRow[]> {
  const byResource = new Map<string, FilePageRow[]>();
  for (const row of rows) {
    const list = byResource.get(row.resource_id);
    if (list) list.push(row);
    else byResource.set(row.resource_id, [row]);
  }
  return byResource;
}
