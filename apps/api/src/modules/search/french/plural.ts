/**
 * A light French plural folding (Meilisearch has no stemming): "jeux" → "jeu", "réseaux" → "réseau",
 * "journaux" → "journal", "mots" → "mot". Applied the same way to documents (the `stems` attribute) and to
 * queries, so both forms meet. It only folds plurals: verbs and derivations are left to typo tolerance.
 */
const IRREGULAR: Record<string, string> = {
  travaux: 'travail',
  vitraux: 'vitrail',
  yeux: 'oeil',
  aïeux: 'aïeul',
  cieux: 'ciel',
  bijoux: 'bijou',
  cailloux: 'caillou',
  choux: 'chou',
  genoux: 'genou',
  hiboux: 'hibou',
  joujoux: 'joujou',
  poux: 'pou',
};

/** Words ending in s, x or z that are singular already. */
const INVARIABLE = new Set([
  'temps',
  'fois',
  'pas',
  'vers',
  'sans',
  'sous',
  'dans',
  'mais',
  'puis',
  'plus',
  'moins',
  'très',
  'après',
  'depuis',
  'alors',
  'jamais',
  'toujours',
  'parfois',
  'tous',
  'avis',
  'souris',
  'corps',
  'prix',
  'choix',
  'voix',
  'poids',
  'cas',
  'bas',
  'gros',
  'os',
  'bus',
  'virus',
  'campus',
  'corpus',
  'processus',
  'consensus',
  'atlas',
  'jus',
  'paradis',
  'repas',
  'propos',
  'progrès',
  'succès',
  'accès',
  'excès',
  'procès',
  'décès',
  'relais',
  'palais',
  'mois',
  'pays',
  'discours',
  'parcours',
  'concours',
  'recours',
  'cours',
  'secours',
  'ados',
  'infox',
  'intox',
  'décodex',
  'index',
  'lux',
  'tiktok',
  'rgpd',
  'dys',
  'français',
  'anglais',
  'quiz',
  'gaz',
  'nez',
  'riz',
  'news',
  'games',
  'kids',
  'jeunes',
]);

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || INVARIABLE.has(w) || /\d/.test(w)) return w;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.endsWith('eaux') || w.endsWith('eux') || w.endsWith('oux')) return w.slice(0, -1);
  if (w.endsWith('aux')) return `${w.slice(0, -3)}al`;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Letters (with accents), digits; apostrophes and hyphens split words ("l'école" → "l", "école"). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Prefixes French glues to a word without a hyphen (« cyberharcèlement », « webradio », « multimédia »,
 * « autoformation »). With a hyphen (« e-réputation », « cyber-harcèlement ») the word is split already.
 */
const COMPOUND_PREFIXES = ['cyber', 'web', 'multi', 'auto', 'hyper', 'micro'];
/** Shorter remainders are rarely words of their own (« autorité » is not « auto » + « rité »). */
const MIN_BASE_LENGTH = 5;

/** The base word of a compound (« cyberharcèlement » → « harcèlement »), or null. */
export function compoundBase(word: string): string | null {
  const w = word.toLowerCase();
  const prefix = COMPOUND_PREFIXES.find((p) => w.startsWith(p) && w.length - p.length >= MIN_BASE_LENGTH);
  return prefix ? w.slice(prefix.length) : null;
}

/**
 * The singular forms of the words of a text, each once, for the `stems` search attribute; a compound also gives its
 * base word, so that « harcèlement » finds cyberharcèlement and « radio » a webradio (issue 13, item 23).
 */
export function stemText(...texts: (string | null | undefined)[]): string {
  const stems = new Set<string>();
  for (const text of texts) {
    for (const word of text?.match(WORD) ?? []) {
      stems.add(singular(word));
      const base = compoundBase(word);
      if (base) stems.add(singular(base));
    }
  }
  return [...stems].join(' ');
}

/**
 * The query as sent to Meilisearch: elided articles dropped ("l'école" → "école", "d’écran" → "écran"), the rest
 * kept as typed. Plurals are not folded here: a singular query word would count as a typo against plural titles;
 * documents carry their singular forms in `stems` instead, and accents and typos are Meilisearch's job.
 */
export function normaliseQuery(query: string): string {
  return query.replace(/\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/giu, '');
}
