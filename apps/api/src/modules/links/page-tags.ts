import { Parser } from 'htmlparser2';

/** What the metadata extraction needs from an HTML page, gathered in one pass. */
export interface PageTags {
  lang: string | null;
  title: string | null;
  /** `<meta name|property=… content=…>` by lower-cased key, in page order (citation_author repeats). */
  meta: Map<string, string[]>;
  canonical: string | null;
  /** Parsed `application/ld+json` blocks (invalid ones skipped). */
  jsonLd: unknown[];
}

/** Reads the head of a page (and JSON-LD wherever it is); entities are decoded by the parser. */
export function readPageTags(html: string): PageTags {
  const tags: PageTags = { lang: null, title: null, meta: new Map(), canonical: null, jsonLd: [] };
  let inTitle = false;
  let title = '';
  let script: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) tags.lang = attributes.lang;
        if (name === 'title' && tags.title === null) inTitle = true;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').trim().toLowerCase();
          const content = attributes.content?.trim();
          if (key && content) tags.meta.set(key, [...(tags.meta.get(key) ?? []), content]);
        }
        if (name === 'link' && attributes.href && /(^|\s)canonical(\s|$)/i.test(attributes.rel ?? '')) {
          tags.canonical ??= attributes.href;
        }
        if (name === 'script' && (attributes.type ?? '').toLowerCase().trim() === 'application/ld+json') script = '';
      },
      ontext(text) {
        if (inTitle) title += text;
        if (script !== null) script += text;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          tags.title = title;
        }
        if (name === 'script' && script !== null) {
          try {
            tags.jsonLd.push(JSON.parse(script));
          } catch {
            // A broken block says nothing.
          }
          script = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}
