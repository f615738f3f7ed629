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

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Segments as one HTML string: every character of the text escaped, matches in `<mark>`. A string costs nothing in
 * the query-cost model where a list of segments per hit would (decision 0024); the web app reads it back into
 * segments and renders them through React.
 */
export function toMarkedHtml(segments: HighlightSegment[]): string {
  return segments
    .map((segment) => {
      const text = segment.text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
      return segment.match ? `<mark>${text}</mark>` : text;
    })
    .join('');
}
