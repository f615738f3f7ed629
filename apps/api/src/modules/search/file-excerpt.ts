import type { HighlightSegment } from './highlight';

/** A match in the page, as string offsets (see `wordRanges`). */
export interface TextRange {
  start: number;
  end: number;
}

const BEFORE = 10;
const AFTER = 20;

/**
 * About 30 words of a page around its first match, matched words marked, as segments. Without any match, the page's
 * first words are shown.
 */
export function fileExcerpt(text: string, ranges: TextRange[]): HighlightSegment[] {
  const words = [...text.matchAll(/\S+/g)].map((word) => ({ start: word.index, end: word.index + word[0].length }));
  if (words.length === 0) return [];
  const first = ranges.length
    ? Math.max(
        0,
        words.findIndex((word) => word.end > ranges[0].start),
      )
    : 0;
  const from = Math.max(0, Math.min(first - BEFORE, words.length - BEFORE - AFTER));
  const to = Math.min(words.length, from + BEFORE + AFTER);
  const start = words[from].start;
  const end = words[to - 1].end;

  const segments: HighlightSegment[] = [];
  const push = (piece: string, match: boolean) => {
    const clean = piece.replace(/\s+/g, ' ');
    if (!clean) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += clean;
    else segments.push({ text: clean, match });
  };
  if (from > 0) push('… ', false);
  let at = start;
  for (const range of ranges) {
    if (range.end <= at || range.start >= end) continue;
    push(text.slice(at, Math.max(at, range.start)), false);
    push(text.slice(Math.max(at, range.start), Math.min(end, range.end)), true);
    at = Math.min(end, range.end);
  }
  push(text.slice(at, end), false);
  if (to < words.length) push(' …', false);
  return segments;
}
