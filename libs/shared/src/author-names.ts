import { FIRST_NAMES_FR } from './first-names-fr';
import { foldAccents } from './text';

const key = (word: string) => foldAccents(word).toLowerCase();
const FIRST_NAMES = new Set(FIRST_NAMES_FR.map(key));

/** Lower-case words a family name may hold: « Charles de Gaulle », « Ludwig van Beethoven ». */
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'd',
  'le',
  'la',
  'van',
  'von',
  'der',
  'den',
  'di',
  'da',
  'del',
  'dos',
  'ter',
]);

/**
 * Words that make a name an organisation's even after a first name (« France Télévisions », « Grand Chambéry »,
 * « Service Info Jeunesse »): each is a common noun no one carries as a family name.
 */
const ORGANISATION_WORDS = new Set(
  [
    'académie',
    'agence',
    'association',
    'atelier',
    'bibliothèque',
    'centre',
    'club',
    'collectif',
    'collège',
    'commission',
    'conseil',
    'département',
    'direction',
    'école',
    'écoles',
    'éditions',
    'fédération',
    'fondation',
    'groupe',
    'institut',
    'internet',
    'lab',
    'lycée',
    'mairie',
    'maison',
    'médiathèque',
    'ministère',
    'observatoire',
    'presses',
    'productions',
    'radio',
    'région',
    'réseau',
    'service',
    'studio',
    'télévisions',
    'union',
    'université',
    'university',
    'ville',
  ].map(key),
);

const INITIAL = /^\p{Lu}\.(?:-\p{Lu}\.)?$/u;

/** A given name we know (each part of « Jean-Noël »), or an initial (« S. »). */
function isGivenName(word: string): boolean {
  return INITIAL.test(word) || word.split('-').every((part) => FIRST_NAMES.has(key(part)));
}

/**
 * Whether an author as typed (« Serge Tisseron ») is a person, whose name reference managers split into family and
 * given names, rather than an organisation (« CNIL », « Fréquence Écoles », « Radio France »), kept whole. Only a
 * name that starts with a known first name or an initial, has two to five capitalised words (particles aside) and no
 * word of an organisation's is a person: an unknown case stays whole, which never garbles it (issue 13, item 1).
 */
export function isPersonalName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\d/.test(name)) return false;
  if (!isGivenName(words[0])) return false;
  return words.slice(1).every((word) => {
    if (PARTICLES.has(word) || /^[dD]['’]/.test(word)) return true;
    return /^\p{Lu}/u.test(word) && !ORGANISATION_WORDS.has(key(word));
  });
}

/** What a contributor may say an author is when the name alone cannot tell (issue 13, item 1). */
export const AUTHOR_KINDS = ['person', 'organisation'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** One author marked as a person or an organisation; authors left out are told apart by `isPersonalName`. */
export interface AuthorKindChoice {
  name: string;
  kind: AuthorKind;
}

/**
 * The choices that still name one of `authors` (trimmed, case as typed), as stored: `{ name: kind }`. A choice about a
 * name no longer listed is dropped, so renaming an author goes back to the automatic guess.
 */
export function authorKindsFor(
  authors: readonly string[],
  choices: readonly AuthorKindChoice[] | Readonly<Record<string, AuthorKind>>,
): Record<string, AuthorKind> {
  const entries = Array.isArray(choices)
    ? (choices as readonly AuthorKindChoice[]).map((choice) => [choice.name.trim(), choice.kind] as const)
    : Object.entries(choices as Readonly<Record<string, AuthorKind>>);
  const listed = new Set(authors.map((author) => author.trim()));
  return Object.fromEntries(
    entries.filter(([name, kind]) => listed.has(name) && (AUTHOR_KINDS as readonly string[]).includes(kind)),
  );
}

/** Whether the name is cited as a person's (split): the contributor's choice when there is one, else the guess. */
export const isPersonAuthor = (name: string, kind?: AuthorKind | null): boolean =>
  kind ? kind === 'person' : isPersonalName(name);
