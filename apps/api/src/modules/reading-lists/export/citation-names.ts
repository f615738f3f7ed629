import { isPersonAuthor, type AuthorKind } from '@culture-commune/shared';
import { parse as parseName } from '@citation-js/name';

/** A name as CSL-JSON writes it: a person's parts, or an organisation's whole name (`literal`). */
export type CslName = { family: string; given: string; 'non-dropping-particle'?: string } | { literal: string };

/** Capitalised particles that belong to the family name in French (« Anne-Sophie Le Guen » is « Le Guen »). */
const FAMILY_PREFIXES = new Set(['Le', 'La', 'Du', 'Des', 'De']);

/**
 * « Serge Tisseron » → `{ family: 'Tisseron', given: 'Serge' }` (with `@citation-js/name`), an organisation
 * (« CNIL », « Radio France ») → `{ literal }`: reference managers then print « Tisseron, S. » and « CNIL ». The
 * contributor's `kind`, when given, wins over the guess (decision 0027); a one-word name stays whole even then.
 */
export function cslName(name: string, kind?: AuthorKind | null): CslName {
  if (!isPersonAuthor(name, kind)) return { literal: name };
  const parsed = parseName(name);
  if (!parsed.family || !parsed.given) return lastWordFamily(name);
  let given = parsed.given;
  let family = parsed.family;
  const givenWords = given.split(' ');
  if (givenWords.length > 1 && FAMILY_PREFIXES.has(givenWords.at(-1)!)) {
    family = `${givenWords.pop()} ${family}`;
    given = givenWords.join(' ');
  }
  const particle = parsed['non-dropping-particle'] ?? parsed['dropping-particle'];
  return {
    family,
    given,
    ...(particle ? { 'non-dropping-particle': particle } : {}),
  };
}

/** A person's name `@citation-js/name` cannot split (« Xiaoling Wang » is): the last word is the family name. */
function lastWordFamily(name: string): CslName {
  const words = name.split(/\s+/);
  return words.length < 2 ? { literal: name } : { family: words.pop()!, given: words.join(' ') };
}

/** « Tisseron, Serge », « de Gaulle, Charles », « CNIL »: the inverted form RIS and BibTeX expect. */
export function invertedName(name: CslName): string {
  if ('literal' in name) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return `${family}, ${name.given}`;
}
