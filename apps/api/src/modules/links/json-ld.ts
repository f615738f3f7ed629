/** A schema.org item of a page's JSON-LD, with the few properties the preview reads. */
export type JsonLdItem = Record<string, unknown>;

/** Every item of the blocks, `@graph` and arrays flattened. */
export function jsonLdItems(blocks: unknown[]): JsonLdItem[] {
  const items: JsonLdItem[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const item = value as JsonLdItem;
    if (item['@graph']) visit(item['@graph']);
    if (item['@type']) items.push(item);
  };
  blocks.forEach(visit);
  return items;
}

export function typesOf(item: JsonLdItem): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Types that describe the page's own content, rather than the site, its breadcrumbs or its organisation. */
const CONTENT_TYPES =
  /^(Book|Article|NewsArticle|ScholarlyArticle|BlogPosting|Report|TechArticle|VideoObject|Movie|Course|Game|Quiz|SoftwareApplication|WebApplication|MobileApplication|PresentationDigitalDocument|DigitalDocument|Thesis|CreativeWork|Chapter|Periodical|LearningResource|Guide|HowTo|Dataset|AudioObject|PodcastEpisode)$/;

export function mainItem(items: JsonLdItem[]): JsonLdItem | null {
  return (
    items.find((item) => typesOf(item).some((type) => CONTENT_TYPES.test(type))) ??
    items.find((item) => typesOf(item).includes('WebPage')) ??
    null
  );
}

/** A text property (a string, or the first string of an array). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).find(Boolean) ?? null;
  return null;
}

/** Names of a person/organisation property: `"X"`, `{ name }`, or an array of them. */
export function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (value && typeof value === 'object') {
    const name = text((value as JsonLdItem).name);
    return name ? [name] : [];
  }
  return [];
}

/** An image property: a URL, `{ url }`, or an array of them. */
export function imageUrl(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(imageUrl).find(Boolean) ?? null;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object')
    return text((value as JsonLdItem).url) ?? text((value as JsonLdItem).contentUrl);
  return null;
}
