export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; href: string };

// An http(s) address runs until a space or a character that cannot be part of one in plain text.
const URL_PATTERN = /https?:\/\/[^\s<>"'`«»]+/g;
// Punctuation that ends a sentence rather than the address ("… ce lien : https://x/y.").
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** Splits plain text into text and http(s) addresses. Nothing is interpreted as HTML. */
export function linkSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const href = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!/^https?:\/\/[^/?#]/.test(href)) continue; // "https://" alone is not an address
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', href });
    last = start + href.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Plain text with its web addresses as links; React escapes the rest, so markup stays text. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkSegments(text).map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href}>
            {segment.href}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
