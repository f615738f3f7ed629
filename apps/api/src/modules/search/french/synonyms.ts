/**
 * The network's vocabulary, maintained here: each group is a set of equivalent terms (French first, then the English
 * terms professionals use). Admins add groups without a deploy (table `search_synonyms`); both are merged and pushed
 * to Meilisearch as multi-way synonyms. Terms are written as people type them; plurals are folded by `plural.ts`, so
 * a group needs only the singular unless the plural is irregular.
 */
export const BUILT_IN_SYNONYMS: string[][] = [
  ['infox', 'fake news', 'fausse information', 'fausses informations', 'désinformation', 'intox', 'fake'],
  ['ia', 'intelligence artificielle', 'ai', 'artificial intelligence'],
  ['ia générative', 'intelligence artificielle générative', 'generative ai'],
  ['cyberharcèlement', 'cyber-harcèlement', 'harcèlement en ligne', 'cyberbullying', 'cyber harcèlement'],
  ['harcèlement', 'bullying'],
  ['tout-petit', 'tout petit', 'petite enfance', 'jeune enfant', 'bébé', 'moins de 3 ans'],
  ['soirée-débat', 'soirée débat', 'débat parents'],
  ['réseau social', 'réseaux sociaux', 'social media', 'social network'],
  ['jeu vidéo', 'jeux vidéo', 'video game', 'video games', 'gaming'],
  ['jeu', 'jeux'],
  ['réseau', 'réseaux'],
  ['contrôle parental', 'parental control', 'parental controls'],
  ['fact-checking', 'fact checking', 'vérification des faits', 'vérifier une source'],
  ['éducation aux médias', 'emi', 'éducation aux médias et à l’information', 'media literacy', 'mil'],
  ['données personnelles', 'vie privée', 'privacy', 'rgpd', 'gdpr'],
  ['mot de passe', 'mots de passe', 'password', 'passwords'],
  ['écran', 'screen', 'screens'],
  ['adolescent', 'ado', 'ados', 'teenager', 'teen'],
  ['complotisme', 'complot', 'conspiracy', 'théorie du complot'],
  ['robot', 'robotique', 'robotics'],
  ['programmation', 'coder', 'code', 'coding'],
  ['podcast', 'webradio', 'radio'],
  ['image truquée', 'photomontage', 'deepfake', 'fake image'],
  ['atelier', 'workshop'],
  ['formation', 'training'],
  ['médiathèque', 'bibliothèque', 'library'],
  ['inclusion numérique', 'fracture numérique', 'illectronisme'],
  [
    'démarche administrative',
    'démarches administratives',
    'démarche en ligne',
    'démarches en ligne',
    'e-administration',
  ],
  ['réalité augmentée', 'augmented reality'],
  ['sommeil', 'sleep'],
  ['émotion', 'emotion', 'ressenti'],
  ['3-6-9-12', '3 6 9 12'],
  ...[
    ['2', 'deux'],
    ['3', 'trois'],
    ['4', 'quatre'],
    ['5', 'cinq'],
    ['6', 'six'],
    ['7', 'sept'],
    ['8', 'huit'],
    ['9', 'neuf'],
    ['10', 'dix'],
    ['11', 'onze'],
    ['12', 'douze'],
    ['13', 'treize'],
    ['15', 'quinze'],
    ['18', 'dix-huit'],
    ['20', 'vingt'],
    ['100', 'cent'],
  ],
];

/** French words that carry no meaning in a query ("comment animer une soirée avec des parents"). */
export const FRENCH_STOP_WORDS = [
  'a',
  'à',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'c',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'et',
  'eux',
  'il',
  'j',
  'je',
  'l',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'lui',
  'm',
  'ma',
  'mais',
  'me',
  'mes',
  'moi',
  'mon',
  'n',
  'ne',
  'nos',
  'notre',
  'nous',
  'on',
  'ou',
  'où',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  't',
  'ta',
  'te',
  'tes',
  'toi',
  'ton',
  'tu',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'y',
  'comment',
  'quoi',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'est',
  'sont',
  'the',
  'of',
  'and',
  'for',
  'to',
  'in',
  'how',
];

const STOP_WORDS = new Set(FRENCH_STOP_WORDS);

/** Multi-way synonyms as Meilisearch wants them: every term maps to the other terms of each group it is in. */
export function toMeiliSynonyms(groups: string[][]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    // Stop words never reach the query ("harcèlement en ligne" is searched as "harcèlement ligne"): add that form too.
    const typed = group.map((term) => term.trim().toLowerCase()).filter(Boolean);
    const withoutStopWords = typed.map((term) =>
      term
        .split(/\s+/)
        .filter((word) => !STOP_WORDS.has(word))
        .join(' '),
    );
    const terms = [...new Set([...typed, ...withoutStopWords])].filter(Boolean);
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      terms.filter((other) => other !== term).forEach((other) => others.add(other));
      map.set(term, others);
    }
  }
  return Object.fromEntries(
    [...map.entries()].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others].sort()]),
  );
}
