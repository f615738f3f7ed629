/**
 * The name a file taken from a link was given by its server: `Content-Disposition`'s `filename*` (RFC 5987, UTF-8) or
 * `filename`, else the last segment of the address's path, percent-decoded; '' when neither says anything. Made safe
 * afterwards like any name sent with an upload (safeFileName).
 */
export function linkedFileName(address: string, contentDisposition: string | null): string {
  return fromDisposition(contentDisposition ?? '') || lastSegment(address);
}

function fromDisposition(header: string): string {
  const extended = /filename\*\s*=\s*(?:utf-8|UTF-8)'[^']*'([^;]+)/.exec(header)?.[1];
  if (extended) {
    const decoded = decode(extended.trim());
    if (decoded) return decoded;
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1];
  if (quoted !== undefined) return quoted.replace(/\\(.)/g, '$1');
  return /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1] ?? '';
}

function lastSegment(address: string): string {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return '';
  }
  return decode(path.split('/').filter(Boolean).pop() ?? '');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
