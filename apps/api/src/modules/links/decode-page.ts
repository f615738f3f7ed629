/**
 * A page's bytes as text: the charset of the Content-Type header, else the one the page declares in its first
 * kilobytes (`<meta charset>` or `http-equiv`), else UTF-8. An unknown charset reads as UTF-8 (never throws).
 */
export function decodePage(body: Buffer, headerCharset: string | null): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
  for (const charset of [headerCharset, declared, 'utf-8']) {
    if (!charset) continue;
    if (WINDOWS_1252_LABELS.has(charset.toLowerCase())) return decodeWindows1252(body);
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // Unknown label: try the next one.
    }
  }
  return body.toString('utf8');
}

/** Labels that mean windows-1252 for browsers (WHATWG Encoding), the usual charset of old French pages. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

/** 0x80–0x9F in windows-1252 (Node 20's TextDecoder reads them as latin1 control characters). */
const HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(body: Buffer): string {
  let text = '';
  for (let start = 0; start < body.length; start += 8192) {
    const chunk = body.subarray(start, start + 8192);
    text += Array.from(chunk, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : String.fromCharCode(byte),
    ).join('');
  }
  return text;
}
