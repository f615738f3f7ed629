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

export interface ResourceFileText {
  fileText: string[];
}

/**
 * One resource's file text as the index stores it: one element per page, in the rows' order (main file first), cut
 * after `maxWords` words. Where a query matched is found again in PostgreSQL (file-match.service), not from here.
 */
export function toFileText(pages: FilePageRow[], maxWords = FILE_TEXT_MAX_WORDS): ResourceFileText {
  const fileText: string[] = [];
  let words = 0;
  for (const row of pages) {
    if (words >= maxWords) break;
    const count = (row.text.match(/\S+/g) ?? []).length;
    fileText.push(words + count > maxWords ? keepWords(row.text, maxWords - words) : row.text);
    words += Math.min(count, maxWords - words);
  }
  return { fileText };
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
