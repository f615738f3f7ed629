import { FRENCH_STOP_WORDS } from './french/synonyms';
import { singular } from './french/plural';

/** Accent and case folding that keeps every character in place (one for one), so that offsets stay valid. */
const FOLD_FROM = 'ÀÂÄÁÃÇÉÈÊËÎÏÍÌÔÖÓÒÕÙÛÜÚŸÑàâäáãçéèêëîïíìôöóòõùûüúÿñ’';
const FOLD_TO = "aaaaaceeeeiiiiooooouuuuynaaaaaceeeeiiiiooooouuuuyn'";
const FOLD = new Map([...FOLD_FROM].map((char, i) => [char, FOLD_TO[i]]));

export function fold(text: string): string {
  return [...text].map((char) => FOLD.get(char) ?? char.toLowerCase()).join('');
}

const FOLDABLE = new RegExp(`[${FOLD_FROM}]`, 'g');

/** `fold` for comparing only (offsets may move where lower-casing changes a length): fast on whole files. */
export function foldForSearch(text: string): string {
  return text.replace(FOLDABLE, (char) => FOLD.get(char)!).toLowerCase();
}

const STOP = new Set(FRENCH_STOP_WORDS.map(fold));

/**
 * The query's content words, folded, as PostgreSQL looks for them in file pages: stop words and one-letter words
 * dropped, each word also in its singular form (« écrans » finds « écran »). At most 10, like Meilisearch.
 */
export function queryWords(q: string): string[] {
  const words = fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !STOP.has(word))
    .slice(0, 10);
  return [...new Set(words.flatMap((word) => [word, fold(singular(word))]))];
}

/** Where words start in a text (folded comparison, word start, prefix match), as string offsets, in order. */
export function wordRanges(text: string, words: string[]): { start: number; end: number }[] {
  if (words.length === 0) return [];
  const folded = fold(text);
  const ranges: { start: number; end: number }[] = [];
  for (const token of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = words.filter((candidate) => token[0].startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
    if (word) ranges.push({ start: token.index, end: token.index + token[0].length });
  }
  return ranges;
}
