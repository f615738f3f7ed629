export interface HighlightSegment {
  text: string;
  match: boolean;
}

interface HighlightedTextProps {
  segments: readonly HighlightSegment[];
  /** Shown as is when the API sent no segments. */
  fallback?: string;
}

/**
 * Renders the API's highlight segments: matching parts in <mark>, the rest as plain text.
 * The text goes through React, never through innerHTML, so it cannot inject markup.
 */
export function HighlightedText({ segments, fallback = '' }: HighlightedTextProps) {
  if (segments.length === 0) return <>{fallback}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
