import { FILE_LIMITS } from './file-types';

const FALLBACK = 'fichier';
/** C0/C1 controls, bidi overrides and isolates, zero-width and BOM, line/paragraph separators. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/g;
/** Half of a UTF-16 pair without its other half (ill-formed text). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Characters Windows, macOS or a shell give a meaning to. */
const RESERVED = /[<>:"/\\|?*]/g;

/**
 * A file name safe to store, show and send in Content-Disposition: the last path segment only (`../../etc/passwd` →
 * `passwd`), no control or bidi characters, NFC, no leading dots, at most 120 characters without splitting a
 * character a person sees, and the extension of the type detected from the bytes (`rapport.exe` judged PDF →
 * `rapport.pdf`). Never empty: `fichier.<extension>`.
 */
export function safeFileName(sent: string, extension: string): string {
  const lastSegment = sent.split(/[/\\]/).pop() ?? '';
  let base = lastSegment
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim();
  base = stripExtension(base).replace(/^[.\s]+|[.\s]+$/g, '');
  const suffix = extension ? `.${extension.toLowerCase()}` : '';
  const room = FILE_LIMITS.nameMaxLength - suffix.length;
  base = cutToGraphemes(base, room).trim();
  return `${base || FALLBACK}${suffix}`;
}

/** The name without its last extension (`guide.final.pdf` → `guide.final`; `.bashrc` → `.bashrc`). */
function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.length - dot <= 10 ? name.slice(0, dot) : name;
}

/** At most `max` UTF-16 units, cut between graphemes (an emoji with its modifiers stays whole or goes). */
function cutToGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}
