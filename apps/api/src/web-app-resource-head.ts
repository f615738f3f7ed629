import { xmlText } from './modules/feeds/atom';
import { fileUrls } from './modules/files/file-urls';
import type { SharedResourceRow } from './web-app-rows';

const RESOURCE_PAGE = /^\/ressources\/([a-z0-9-]{1,200})\/?$/;
const DESCRIPTION_LENGTH = 200;

/** The slug of a resource page (`/ressources/<slug>`), or null for any other page. */
export function resourcePageSlug(path: string): string | null {
  return RESOURCE_PAGE.exec(path)?.[1] ?? null;
}

/** The summary as one line of at most 200 characters, cut at a word, for a description. */
export function previewDescription(summary: string | null): string {
  const text = (summary ?? '')
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH / 2)).trimEnd()}…`;
}

/**
 * index.html with the resource's title, description, canonical address and Open Graph tags, so that a link pasted in
 * a messaging app or a social network shows its title, summary and thumbnail before any JavaScript runs (issue 16).
 * Every value is escaped; the web app sets the same title once it runs.
 */
export function withResourceHead(html: string, resource: SharedResourceRow, publicUrl: string): string {
  const origin = publicUrl.replace(/\/+$/, '');
  const url = `${origin}/ressources/${resource.slug}`;
  const title = `${resource.title} · Culture commune`;
  const description = previewDescription(resource.summary);
  const image = resource.thumbnail_file_id ? `${origin}${fileUrls.thumbnail(resource.thumbnail_file_id)}` : null;
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${xmlText(value)}">`;
  const tags = [
    `<link rel="canonical" href="${xmlText(url)}">`,
    meta('property', 'og:site_name', 'Culture commune'),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:locale', 'fr_FR'),
    meta('property', 'og:title', resource.title),
    ...(description ? [meta('property', 'og:description', description)] : []),
    meta('property', 'og:url', url),
    ...(image ? [meta('property', 'og:image', image)] : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
  ].join('');
  // Replaced by functions: a `$&` in a title must stay text, not become a replacement pattern.
  let page = html.replace(/<title>[^<]*<\/title>/, () => `<title>${xmlText(title)}</title>`);
  if (description)
    page = page.replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${xmlText(description)}">`,
    );
  return page.replace('</head>', () => `${tags}</head>`);
}
