import { xmlText } from './modules/feeds/atom';

/** A theme slug as the feeds' addresses accept it. */
const THEME_SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * The theme whose feed a page announces: the search page narrowed to exactly one theme (`/?theme=…`), as the Atom
 * feed's own web link builds it. Null for any other page.
 */
export function announcedTheme(path: string, query: URLSearchParams): string | null {
  if (path !== '/') return null;
  const themes = query.getAll('theme');
  return themes.length === 1 && THEME_SLUG.test(themes[0]) ? themes[0] : null;
}

/**
 * index.html with `<link rel="alternate" type="application/atom+xml">` for the theme's feed, so that a feed reader
 * given the page's address finds the feed (issue 13, item 11). The web app replaces it once it runs
 * (`data-server-feed`), since it follows the filters as they change.
 */
export function withThemeFeedLink(html: string, theme: { slug: string; label: string }): string {
  const link =
    `<link rel="alternate" type="application/atom+xml" data-server-feed ` +
    `title="${xmlText(`Culture commune — ${theme.label}`)}" href="/flux/themes/${theme.slug}.atom">`;
  return html.replace('</head>', `${link}</head>`);
}
