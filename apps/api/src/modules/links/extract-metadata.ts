import { LANGUAGES, type ResourceType } from '@culture-commune/shared';
import { imageUrl, jsonLdItems, mainItem, names, text, typesOf, type JsonLdItem } from './json-ld';
import { readPageTags, type PageTags } from './page-tags';

/** What a page says about itself, ready to fill « Ajouter une ressource ». Every field may be missing. */
export interface LinkMetadata {
  title: string | null;
  summary: string | null;
  authors: string[];
  publisher: string | null;
  /** As the page gives it (`2024-03-12`, `2024`…). */
  date: string | null;
  year: number | null;
  /** One of the library's languages (`other` for any else). */
  language: string | null;
  imageUrl: string | null;
  canonicalUrl: string | null;
  type: ResourceType | null;
  format: string | null;
}

const SUMMARY_MAX = 2000;
const TITLE_MAX = 200;

/**
 * Reads the metadata of an HTML page: `citation_*` (Highwire, what scholarly sites and Zotero use) first, then
 * JSON-LD schema.org, Dublin Core (`DC.*`, `dcterms.*`), Open Graph and Twitter cards, then the document itself
 * (`<title>`, meta description, `<html lang>`, canonical link). Relative URLs are resolved against `pageUrl`.
 */
export function extractMetadata(html: string, pageUrl: string): LinkMetadata {
  const tags = readPageTags(html);
  const items = jsonLdItems(tags.jsonLd);
  const item = mainItem(items);
  const meta = (...keys: string[]) => keys.map((key) => tags.meta.get(key)?.[0]).find(Boolean) ?? null;
  const all = (...keys: string[]) => keys.flatMap((key) => tags.meta.get(key) ?? []);

  const title = clean(
    meta('citation_title') ??
      text(item?.headline) ??
      text(item?.name) ??
      meta('dc.title', 'dcterms.title') ??
      meta('og:title', 'twitter:title') ??
      tags.title,
  );
  const summary = clean(
    text(item?.description) ??
      meta('dc.description', 'dcterms.description', 'dcterms.abstract', 'citation_abstract') ??
      meta('og:description', 'twitter:description', 'description'),
  );
  const authors = unique(
    [
      all('citation_author'),
      item ? names(item.author).concat(names(item.creator)) : [],
      all('dc.creator', 'dcterms.creator'),
      all('author', 'article:author').filter((name) => !/^https?:/i.test(name)),
    ].find((list) => list.length) ?? [],
  );
  const publisher = clean(
    meta('citation_publisher', 'citation_journal_title', 'citation_technical_report_institution') ??
      (item ? names(item.publisher)[0] : null) ??
      meta('dc.publisher', 'dcterms.publisher', 'og:site_name'),
  );
  const date =
    meta('citation_publication_date', 'citation_date', 'citation_online_date') ??
    text(item?.datePublished) ??
    text(item?.dateCreated) ??
    text(item?.uploadDate) ??
    meta('dc.date', 'dcterms.issued', 'dcterms.date', 'dcterms.created', 'article:published_time') ??
    null;
  const language = languageOf(
    meta('citation_language', 'dc.language', 'dcterms.language') ??
      text(item?.inLanguage) ??
      tags.lang ??
      meta('og:locale'),
  );
  const image = absolute(meta('og:image', 'og:image:url', 'twitter:image') ?? imageUrl(item?.image), pageUrl);
  const canonicalUrl = absolute(tags.canonical ?? meta('og:url'), pageUrl);
  const { type, format } = suggestKind(tags, item, items);
  return {
    title: title?.slice(0, TITLE_MAX) ?? null,
    summary: summary?.slice(0, SUMMARY_MAX) ?? null,
    authors,
    publisher,
    date,
    year: yearOf(date),
    language,
    imageUrl: image,
    canonicalUrl,
    type,
    format,
  };
}

/** What a PDF link is offered as, before files can be attached: a reading, a guide unless told otherwise. */
export const PDF_KIND = { type: 'lecture', format: 'guide' } as const;

function suggestKind(
  tags: PageTags,
  item: JsonLdItem | null,
  items: JsonLdItem[],
): { type: ResourceType | null; format: string | null } {
  const types = new Set([...(item ? typesOf(item) : []), ...items.flatMap(typesOf)]);
  const ogType = tags.meta.get('og:type')?.[0]?.toLowerCase() ?? '';
  const has = (...keys: string[]) => keys.some((key) => tags.meta.has(key));
  if (types.has('Book') || ogType.startsWith('book') || has('citation_isbn'))
    return { type: 'lecture', format: 'livre' };
  if (types.has('Report') || has('citation_technical_report_institution', 'citation_technical_report_number')) {
    return { type: 'lecture', format: 'rapport' };
  }
  if (types.has('Thesis') || has('citation_dissertation_institution')) return { type: 'lecture', format: 'etude' };
  if (types.has('Course')) return { type: 'formation', format: 'module' };
  if (types.has('PresentationDigitalDocument')) return { type: 'formation', format: 'diaporama' };
  if (types.has('VideoObject') || types.has('Movie') || ogType.startsWith('video')) {
    return { type: 'outil', format: 'serie-video' };
  }
  if (types.has('Game')) return { type: 'outil', format: 'jeu' };
  if (types.has('Quiz')) return { type: 'outil', format: 'quiz' };
  if ([...types].some((type) => /Application$/.test(type))) return { type: 'outil', format: 'application' };
  if (
    [...types].some((type) => /Article$|^BlogPosting$/.test(type)) ||
    ogType === 'article' ||
    has('citation_journal_title', 'article:published_time')
  ) {
    return { type: 'lecture', format: 'article' };
  }
  if (types.has('HowTo') || types.has('Guide')) return { type: 'lecture', format: 'guide' };
  if (types.has('CreativeWork') || types.has('DigitalDocument')) return { type: 'lecture', format: null };
  return { type: null, format: null };
}

/** A language tag (`fr-FR`, `fre`, `en_GB`…) as one of the library's codes, `other` when it has none. */
export function languageOf(value: string | null): string | null {
  if (!value) return null;
  const code = value.trim().toLowerCase().split(/[-_]/)[0];
  if (!code) return null;
  if (code === 'fre' || code === 'fra') return 'fr';
  if (code === 'eng') return 'en';
  return (LANGUAGES as readonly string[]).includes(code) ? code : 'other';
}

function yearOf(date: string | null): number | null {
  const year = date ? /\b(1[5-9]\d\d|20\d\d)\b/.exec(date)?.[1] : undefined;
  return year ? Number(year) : null;
}

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned || null;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values
    .map((value) => clean(value))
    .filter((value): value is string => !!value && !seen.has(value.toLowerCase()) && !!seen.add(value.toLowerCase()));
}
