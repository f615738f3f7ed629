/** Removes diacritics and folds ligatures so "Écrans", "ecrans" and "œuvre"/"oeuvre" compare equal. */
export function foldAccents(value: string): string {
  return value
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Trims and collapses inner whitespace: the form in which a free tag is stored and shown. */
export function cleanTagLabel(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** The key that decides whether two tags are the same: case-, accent- and whitespace-insensitive. */
export function tagKey(value: string): string {
  return foldAccents(cleanTagLabel(value)).toLowerCase();
}

/** A readable, URL-safe slug: "3-6-9-12 : Apprivoiser les écrans" → "3-6-9-12-apprivoiser-les-ecrans". */
export function slugify(value: string, maxLength = 80): string {
  const slug = foldAccents(value)
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '') || 'ressource';
}
