import type { HighlightSegment } from './highlighted-text';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The API's excerpt HTML (text escaped, matches in <mark>) read back into segments, so that it is rendered through
 * React like every other highlight, never through innerHTML.
 */
export function segmentsFromMarkedHtml(html: string): HighlightSegment[] {
  return html
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const match = part.startsWith('<mark>') && part.endsWith('</mark>');
      const text = (match ? part.slice('<mark>'.length, -'</mark>'.length) : part).replace(
        /&(?:amp|lt|gt|quot|#39);/g,
        (entity) => ENTITIES[entity],
      );
      return { text, match };
    });
}
