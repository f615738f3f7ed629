/**
 * An Atom 1.0 document (RFC 4287) written by hand: every text construct is `type="text"`, since what we publish is
 * plain text typed by members — a summary about « balises <p> et <a> » must reach the reader with its tag names, and
 * member text is never handed to feed readers as markup (issue 13, item 9).
 */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  summary: string;
  updated: Date;
  published: Date;
  authors: string[];
  categories: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The page the feed stands for (rel="alternate"). */
  link: string;
  /** The feed's own address (rel="self"). */
  self: string;
  language: string;
  updated: Date;
  author: { name: string; uri: string };
  rights: string;
  generator: string;
  entries: AtomEntry[];
}

/** Characters XML 1.0 does not allow at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const text = (name: string, value: string, indent: string) =>
  `${indent}<${name} type="text">${xmlText(value)}</${name}>`;
const element = (name: string, value: string, indent: string) => `${indent}<${name}>${xmlText(value)}</${name}>`;
const link = (rel: string, href: string, type: string | null, indent: string) =>
  `${indent}<link rel="${rel}" href="${xmlText(href)}"${type ? ` type="${type}"` : ''}/>`;

function entry(e: AtomEntry): string {
  return [
    '  <entry>',
    element('id', e.id, '    '),
    text('title', e.title, '    '),
    link('alternate', e.link, 'text/html', '    '),
    element('updated', e.updated.toISOString(), '    '),
    element('published', e.published.toISOString(), '    '),
    ...e.authors.map((name) => `    <author>\n${element('name', name, '      ')}\n    </author>`),
    ...e.categories.map((label) => `    <category term="${xmlText(label)}" label="${xmlText(label)}"/>`),
    text('summary', e.summary, '    '),
    '  </entry>',
  ].join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">`,
    element('id', feed.id, '  '),
    text('title', feed.title, '  '),
    text('subtitle', feed.subtitle, '  '),
    link('self', feed.self, 'application/atom+xml', '  '),
    link('alternate', feed.link, 'text/html', '  '),
    element('updated', feed.updated.toISOString(), '  '),
    `  <author>\n${element('name', feed.author.name, '    ')}\n${element('uri', feed.author.uri, '    ')}\n  </author>`,
    text('rights', feed.rights, '  '),
    element('generator', feed.generator, '  '),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
