import {
  FORMATS_BY_TYPE,
  FORMAT_LABELS,
  LANGUAGES,
  RESOURCE_TYPES,
  ResourceType,
  TYPE_LABELS,
  foldAccents,
} from '@culture-commune/shared';

type TypeFormat = { type: string; format: string };

/** CSL types (and Zotero's item types) → our type and format; the inverse of the export's mapping where it is one. */
const BY_CSL_TYPE: Record<string, TypeFormat> = {
  book: { type: 'lecture', format: 'livre' },
  chapter: { type: 'lecture', format: 'livre' },
  booksection: { type: 'lecture', format: 'livre' },
  report: { type: 'lecture', format: 'rapport' },
  thesis: { type: 'lecture', format: 'etude' },
  dataset: { type: 'lecture', format: 'etude' },
  article: { type: 'lecture', format: 'article' },
  'article-journal': { type: 'lecture', format: 'article' },
  'article-magazine': { type: 'lecture', format: 'article' },
  'article-newspaper': { type: 'lecture', format: 'article' },
  journalarticle: { type: 'lecture', format: 'article' },
  magazinearticle: { type: 'lecture', format: 'article' },
  newspaperarticle: { type: 'lecture', format: 'article' },
  'paper-conference': { type: 'lecture', format: 'article' },
  conferencepaper: { type: 'lecture', format: 'article' },
  webpage: { type: 'lecture', format: 'article' },
  'post-weblog': { type: 'lecture', format: 'article' },
  blogpost: { type: 'lecture', format: 'article' },
  document: { type: 'lecture', format: 'guide' },
  pamphlet: { type: 'lecture', format: 'guide' },
  manuscript: { type: 'lecture', format: 'guide' },
  speech: { type: 'formation', format: 'diaporama' },
  presentation: { type: 'formation', format: 'diaporama' },
  motion_picture: { type: 'outil', format: 'serie-video' },
  videorecording: { type: 'outil', format: 'serie-video' },
  film: { type: 'outil', format: 'serie-video' },
  broadcast: { type: 'outil', format: 'serie-video' },
  software: { type: 'outil', format: 'application' },
  computerprogram: { type: 'outil', format: 'application' },
  graphic: { type: 'outil', format: 'exposition' },
  artwork: { type: 'outil', format: 'exposition' },
};
const DEFAULT_TYPE_FORMAT: TypeFormat = { type: 'lecture', format: 'guide' };

const key = (value: string) => foldAccents(value).trim().toLowerCase();
const squeeze = (value: string) => key(value).replace(/[\s_]+/g, '');

/** Our format from its slug or its label (« Fiche d’activité »), with its type. */
function ourFormat(value: string): TypeFormat | null {
  const wanted = key(value);
  for (const type of RESOURCE_TYPES) {
    for (const format of FORMATS_BY_TYPE[type]) {
      const labels = FORMAT_LABELS[format];
      if ([format, labels?.fr, labels?.en].some((name) => name && key(name) === wanted)) return { type, format };
    }
  }
  return null;
}

function ourType(value: string): string | null {
  const wanted = key(value);
  return (
    RESOURCE_TYPES.find((type) => [type, TYPE_LABELS[type].fr, TYPE_LABELS[type].en].some((n) => key(n) === wanted)) ??
    null
  );
}

/**
 * Type and format from what a file says: our own words first (our CSV export, a CSL `genre` holding our format),
 * then the CSL or Zotero type; a format that does not fit the type is kept, so that validation names the problem.
 */
export function guessTypeFormat(typeValue: string | null | undefined, formatValue?: string | null): TypeFormat {
  const format = formatValue?.trim() ? ourFormat(formatValue) : null;
  const type = typeValue?.trim() ? ourType(typeValue) : null;
  if (type && format) return { type, format: format.format };
  if (type) return { type, format: formatValue?.trim() || FORMATS_BY_TYPE[type as ResourceType][0] };
  if (format) return format;
  const csl = typeValue?.trim() ? (BY_CSL_TYPE[key(typeValue)] ?? BY_CSL_TYPE[squeeze(typeValue)]) : undefined;
  return csl ?? DEFAULT_TYPE_FORMAT;
}

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'fr',
  fre: 'fr',
  fra: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  eng: 'en',
  anglais: 'en',
  english: 'en',
  de: 'de',
  ger: 'de',
  deu: 'de',
  allemand: 'de',
  german: 'de',
  deutsch: 'de',
  es: 'es',
  spa: 'es',
  espagnol: 'es',
  spanish: 'es',
  espanol: 'es',
  it: 'it',
  ita: 'it',
  italien: 'it',
  italian: 'it',
  italiano: 'it',
  ar: 'ar',
  ara: 'ar',
  arabe: 'ar',
  arabic: 'ar',
  pt: 'pt',
  por: 'pt',
  portugais: 'pt',
  portuguese: 'pt',
  portugues: 'pt',
};

/** A language code of ours from `fr`, `fr-FR`, `fre`, `français`, `French`…; unknown → `other`, missing → `fr`. */
export function guessLanguage(value: string | null | undefined): string {
  if (!value?.trim()) return 'fr';
  const wanted = key(value);
  if ((LANGUAGES as readonly string[]).includes(wanted)) return wanted;
  return LANGUAGE_NAMES[wanted] ?? LANGUAGE_NAMES[wanted.split(/[-_]/)[0]] ?? 'other';
}

/** Keywords written as one string (« a, b; c ») or a list, trimmed and without repeats. */
export function splitList(value: string | string[] | null | undefined, separators = /[;,]/): string[] {
  const parts = Array.isArray(value) ? value.flatMap((v) => v.split(separators)) : (value ?? '').split(separators);
  const seen = new Set<string>();
  return parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part && !seen.has(part.toLowerCase()) && seen.add(part.toLowerCase()));
}
