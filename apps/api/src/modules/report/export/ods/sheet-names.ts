/** The longest sheet name Excel opens (LibreOffice takes more). */
export const SHEET_NAME_MAX = 31;

/**
 * Sheet names both LibreOffice and Excel accept: no `[ ] : * ? / \`, no apostrophe at either end, at most 31
 * characters, not empty, and distinct whatever the case (« Feuille 2 », « Feuille 2 (2) » otherwise).
 */
export function validSheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, index) => {
    const clean = Array.from(
      name
        // eslint-disable-next-line no-control-regex -- control characters are not names
        .replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^['’]+|['’]+$/g, ''),
    );
    const base = clean.slice(0, SHEET_NAME_MAX).join('').trim() || `Feuille ${index + 1}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase('fr')); n += 1) {
      const suffix = ` (${n})`;
      candidate = `${Array.from(base)
        .slice(0, SHEET_NAME_MAX - suffix.length)
        .join('')
        .trim()}${suffix}`;
    }
    taken.add(candidate.toLocaleLowerCase('fr'));
    return candidate;
  });
}
