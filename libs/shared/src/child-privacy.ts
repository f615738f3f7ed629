/**
 * Debriefs describe real workshops with children: names must not go in. This flags fragments that look like a
 * child's identity: a capitalised first name next to an age ("Léo, 7 ans", "Inès (8 ans)") or a school class
 * ("Noah en CM2", "Lina (3e)"), and any capitalised word of running text that is a French first name
 * (FIRST_NAMES_FR, generated from a maintained list: tools/first-names/generate.mjs), sentence-initial or not,
 * except names the caller allows (members, authors), places and organisations. A heuristic, not a guarantee:
 * flagged text can only be saved with an explicit confirmation (rule and limits:
 * docs/decisions/0009-child-privacy-in-debriefs.md).
 */
import { FIRST_NAMES_FR } from './first-names-fr';

const FIRST_NAME = "\\p{Lu}[\\p{Ll}'’-]{1,20}";
const AGE = '\\d{1,2}\\s?ans';
const CLASS = '(?:PS|MS|GS|CP|CE1|CE2|CM1|CM2|6e|5e|4e|3e|2de|1re|Tle|6ème|5ème|4ème|3ème)';
const PATTERNS = [
  new RegExp(`(${FIRST_NAME})\\s*[,(]\\s*(?:${AGE}|${CLASS})\\)?`, 'gu'),
  new RegExp(`(${FIRST_NAME})\\s+(?:a|âgée?|qui a)\\s+${AGE}`, 'gu'),
  new RegExp(`(${FIRST_NAME})\\s+(?:en|de)\\s+${CLASS}\\b`, 'gu'),
];

/** Lower case, no accents: « Inès », « INES » and « Ines » are the same key. */
export function nameKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

const keys = (words: readonly string[]) => new Set(words.map(nameKey));

/** Capitalised words that start sentences or name places and groups, not children (the age/class patterns). */
const NOT_NAMES = keys([
  'Les',
  'Des',
  'Une',
  'Un',
  'Le',
  'La',
  'Avec',
  'Pour',
  'Dans',
  'Atelier',
  'Classe',
  'Groupe',
  'Enfants',
  'Parents',
  'Élèves',
  'Garçon',
  'Fille',
  'Tous',
  'Trois',
  'Deux',
  'Quatre',
  'Cinq',
  'Six',
  'Sept',
  'Huit',
  'Neuf',
  'Dix',
  'Chez',
  'En',
]);

/**
 * Entries of the first-name list that are far more often something else in a debrief: words (« Bon », « Lui »,
 * « Job »), months, rivers, religious words, a country.
 */
const NEVER_NAMES = keys([
  'Bon',
  'Can',
  'Don',
  'El',
  'Gui',
  'Job',
  'Lui',
  'Pie',
  'Rio',
  'Van',
  'Wm',
  'Leu',
  'Ora',
  'Sue',
  'Christ',
  'Amen',
  'Nil',
  'Rex',
  'Tao',
  'Eden',
  'France',
  'Mai',
  'Avril',
  'Toussaint',
  'Noël',
  'Pascal',
  'Lion',
  'Loup',
  'Merle',
  'Colin',
  'Line',
  'Ange',
  'Angel',
  'Juste',
  'Constant',
  'Parfait',
  'Innocent',
  'Aimable',
  'Fidèle',
  'Junior',
]);

/**
 * First names that are also common French words (« Rose », « Pierre », « Marine »…). Mid-sentence and capitalised
 * they are names; at the start of a sentence they count only when a verb or « et » follows (« Rose a adoré »).
 */
const WORD_NAMES = keys([
  'Rose',
  'Pierre',
  'Marine',
  'Olive',
  'Prune',
  'Violette',
  'Colombe',
  'Céleste',
  'Constance',
  'Aimé',
  'Aimée',
  'Désiré',
  'Désirée',
  'Marin',
  'Blanche',
  'Claire',
  'Germain',
  'Hermine',
  'Ambre',
  'Jade',
  'Capucine',
  'Victoire',
  'Prudence',
  'Aube',
  'Aurore',
  'Grâce',
  'Félicité',
  'Fleur',
  'Perle',
  'Reine',
  'Clément',
  'Iris',
  'Lilas',
  'Cerise',
  'Mélodie',
  'Robin',
  'Martin',
  'Fortuné',
  'Honoré',
  'Valentin',
  'Sylvain',
  'Modeste',
  'Patience',
  'Espérance',
]);

/** What follows a first name used as the subject of a sentence. */
const SUBJECT_CUES = keys([
  'a',
  'avait',
  'aura',
  'est',
  'était',
  'sera',
  'et',
  'ne',
  "n'",
  "s'",
  'se',
  'qui',
  'ou',
  'lui',
  'y',
  'veut',
  'voulait',
  'dit',
  'disait',
  'joue',
  'jouait',
  'fait',
  'faisait',
  'trouve',
  'pense',
  'explique',
  'demande',
  'raconte',
  'propose',
  'préfère',
  'adore',
  'aime',
  'répond',
  'voulait',
  'reste',
  'restait',
  ',',
]);

/** Places and organisations of the network that the list would otherwise take for first names. */
export const KNOWN_PLACES = [
  'Chambéry',
  'Savoie',
  'Haute-Savoie',
  'Annecy',
  'Aix-les-Bains',
  'Albertville',
  'Maurienne',
  'Tarentaise',
  'Grenoble',
  'Lyon',
  'Genève',
  'Europe',
  'Canopé',
  'Clemi',
  'Thymio',
  'Scratch',
  'Léman',
  'Bauges',
  'Chartreuse',
  'Belledonne',
];

/** Words after which capitalised words name a place, a building or an organisation (« collège Jean Moulin »). */
const PLACE_WORDS = keys([
  'école',
  'collège',
  'lycée',
  'médiathèque',
  'bibliothèque',
  'rue',
  'avenue',
  'boulevard',
  'place',
  'salle',
  'centre',
  'espace',
  'maison',
  'mjc',
  'quartier',
  'parc',
  'square',
  'gymnase',
  'résidence',
  'cité',
  'hôpital',
  'association',
  'fondation',
  'prix',
  'musée',
  'théâtre',
  'cinéma',
  'radio',
  'éditions',
  'ehpad',
  'foyer',
  'chemin',
  'allée',
]);

/** Words after which a name is an adult's (« Mme Claire », « M. Martin »). */
const TITLE_WORDS = keys([
  'm',
  'mme',
  'mlle',
  'madame',
  'monsieur',
  'mademoiselle',
  'dr',
  'docteur',
  'me',
  'maître',
  'professeur',
  'saint',
  'sainte',
  'st',
  'ste',
  'auteur',
  'autrice',
  'illustrateur',
  'illustratrice',
]);

const FIRST_NAME_KEYS = new Set(FIRST_NAMES_FR.map(nameKey).filter((key) => !NEVER_NAMES.has(key)));

export interface ChildPrivacyOptions {
  /**
   * Names that are not children's: members' and authors' full names (« Julie Martin »), places. An entry is
   * allowed where its words appear together: « Julie Martin » allows « Julie Martin », not « Julie » alone —
   * a child may share a member's first name.
   */
  allowed?: Iterable<string>;
}

/** Whether a capitalised word is one of the list's first names (accents and case ignored, hyphens part by part). */
export function isKnownFirstName(word: string): boolean {
  const key = nameKey(word);
  if (FIRST_NAME_KEYS.has(key)) return true;
  const [first] = key.split('-');
  return key.includes('-') && FIRST_NAME_KEYS.has(first) && !TITLE_WORDS.has(first);
}

const WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’-]*|[.!?…:;\n•*«»"“”()—–,]/gu;

interface Token {
  text: string;
  index: number;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    // « d’Inès », « l’Inès »: the name is what follows the elision.
    const elided = /^[\p{L}]{1,2}['’](?=\p{Lu})/u.exec(m[0]);
    const word = elided ? m[0].slice(elided[0].length) : m[0];
    return { text: word.replace(/['’-]+$/u, ''), index: m.index + (elided ? elided[0].length : 0) };
  });
}

const isCapitalised = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
const SENTENCE_END = new Set(['.', '!', '?', '…', ':', ';', '\n', '•', '*', '«', '"', '“', '(', '—', '–']);

/** The allowed names, as lists of word keys. */
function allowedPhrases(allowed: Iterable<string> | undefined): string[][] {
  return [...KNOWN_PLACES, ...(allowed ?? [])]
    .map((entry) =>
      tokenize(entry)
        .filter((token) => /^\p{L}/u.test(token.text))
        .map((token) => nameKey(token.text)),
    )
    .filter((words) => words.length > 0);
}

/** Indexes of the tokens that belong to an allowed name. */
function allowedTokens(tokens: readonly Token[], phrases: readonly string[][]): Set<number> {
  const keys = tokens.map((token) => nameKey(token.text));
  const result = new Set<number>();
  keys.forEach((_, start) => {
    for (const phrase of phrases) {
      if (phrase.every((word, offset) => keys[start + offset] === word)) {
        phrase.forEach((__, offset) => result.add(start + offset));
      }
    }
  });
  return result;
}

/** The capitalised first names of running text that may be a child's, each once, in order. */
export function findFirstNames(text: string, options: ChildPrivacyOptions = {}): string[] {
  const tokens = tokenize(text);
  const allowed = allowedTokens(tokens, allowedPhrases(options.allowed));
  const found = new Map<string, string>();
  let chainIsPlace = false;
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const capitalised = isCapitalised(token.text);
    if (!capitalised) {
      chainIsPlace = false;
      return;
    }
    const previousKey = previous ? nameKey(previous.text) : '';
    // A run of capitalised words after « collège », « rue »… is a place; after « Mme », « Saint », an adult.
    // « M. Martin »: the title's full stop does not end a sentence.
    const title =
      TITLE_WORDS.has(previousKey) || (previousKey === '.' && TITLE_WORDS.has(nameKey(tokens[i - 2]?.text ?? '')));
    if (title) chainIsPlace = true;
    else if (previous && !isCapitalised(previous.text)) chainIsPlace = PLACE_WORDS.has(previousKey);
    if (!previous) chainIsPlace = false;
    const key = nameKey(token.text);
    if (chainIsPlace || allowed.has(i) || !isKnownFirstName(token.text)) return;
    const sentenceStart = !previous || (SENTENCE_END.has(previous.text) && !title);
    if (sentenceStart && WORD_NAMES.has(key)) {
      const next = tokens[i + 1];
      const nextKey = next ? nameKey(next.text) : '';
      if (!SUBJECT_CUES.has(nextKey) && !/^[ns]'/.test(nextKey)) return;
    }
    if (!found.has(key)) found.set(key, token.text);
  });
  return [...found.values()];
}

/**
 * The fragments of a text that may identify a child: a name with an age or class (« Léo, 7 ans »), then the
 * other first names found (« Inès »), each once.
 */
export function findChildIdentifiers(text: string, options: ChildPrivacyOptions = {}): string[] {
  const allowed = new Set(
    allowedPhrases(options.allowed)
      .filter((words) => words.length === 1)
      .map(([word]) => word),
  );
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const key = nameKey(match[1]);
      if (!NOT_NAMES.has(key) && !allowed.has(key) && !found.includes(match[0].trim())) found.push(match[0].trim());
    }
  }
  for (const name of findFirstNames(text, options)) {
    // Already there as the start of a fragment (« Lean D. »), as a whole word: « Léana » does not cover « Lean ».
    const key = nameKey(name);
    const covered = found.some((fragment) => {
      const fragmentKey = nameKey(fragment);
      return fragmentKey.startsWith(key) && !/[\p{L}\p{N}]/u.test(fragmentKey.charAt(key.length));
    });
    if (!covered) found.push(name);
  }
  return found;
}

/** Whether any of the texts needs the « aucun enfant n’est identifiable » confirmation to be saved. */
export function needsChildPrivacyConfirmation(
  texts: readonly (string | null | undefined)[],
  options: ChildPrivacyOptions = {},
): boolean {
  return texts.some((text) => !!text && findChildIdentifiers(text, options).length > 0);
}
