import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const RESOURCE_PATH = /^\/ressources\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Minutes: Markdown with the comments' allowlist plus headings, where links may also point to a resource of the library
 * (`[la fiche](/ressources/decodex)` or its full address). Returns the sanitised HTML and the slugs of linked resources.
 */
export function renderMinutes(markdown: string, publicUrl: string): { html: string; resourceSlugs: string[] } {
  const slugs = new Set<string>();
  const origin = new URL(publicUrl).origin;
  const html = sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), {
    allowedTags: ['p', 'em', 'strong', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'br', 'h2', 'h3', 'h4'],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs): { tagName: string; attribs: Record<string, string> } => {
        const href = attribs.href?.trim() ?? '';
        let path: string | null = href.startsWith('/') ? href : null;
        if (!path && href.startsWith(origin)) path = href.slice(origin.length);
        const resource = path ? RESOURCE_PATH.exec(path) : null;
        if (resource) {
          slugs.add(resource[1]);
          return { tagName, attribs: { href: `/ressources/${resource[1]}` } };
        }
        return {
          tagName,
          attribs: /^(https?:|mailto:)/i.test(href) ? { href, rel: 'noopener noreferrer nofollow' } : {},
        };
      },
    },
    disallowedTagsMode: 'discard',
  }).trim();
  return { html, resourceSlugs: [...slugs] };
}

/** A link to a resource as `renderMinutes` writes it (sanitised: no attribute but href, no nested link). */
const RESOURCE_LINK = /<a href="\/ressources\/([a-z0-9]+(?:-[a-z0-9]+)*)">([\s\S]*?)<\/a>/g;

/** The slugs of the resources rendered minutes link to. */
export function linkedResourceSlugs(html: string): string[] {
  return [...new Set([...html.matchAll(RESOURCE_LINK)].map((match) => match[1]))];
}

/**
 * Rendered minutes as a viewer receives them: a link to a resource they may not see (or that no longer exists) becomes
 * its text, without href nor slug — and if that text shows the slug itself (an autolinked address), « ressource
 * réservée » instead.
 */
export function withoutHiddenResourceLinks(html: string, visibleSlugs: ReadonlySet<string>): string {
  return html.replace(RESOURCE_LINK, (link, slug: string, text: string) =>
    visibleSlugs.has(slug) ? link : text.includes(slug) ? 'ressource réservée' : text,
  );
}
