/** Markers Meilisearch puts around matches; control characters that never occur in stored text. */
export const HIGHLIGHT_PRE = '\u0002';
export const HIGHLIGHT_POST = '\u0003';

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Splits a highlighted string into plain and matching segments, so that no HTML ever travels to the browser. */
export function toSegments(highlighted: string | undefined | null): HighlightSegment[] {
  if (!highlighted) return [];
  const segments: HighlightSegment[] = [];
  let match = false;
  for (const part of highlighted.split(new RegExp(`(${HIGHLIGHT_PRE}|${HIGHLIGHT_POST})`))) {
    if (part === HIGHLIGHT_PRE) match = true;
    else if (part === HIGHLIGHT_POST) match = false;
    else if (part) {
      const last = segments[segments.length - 1];
      if (last && last.match === match) last.text += part;
      else segments.push({ text: part, match });
    }
  }
  return segments;
}
