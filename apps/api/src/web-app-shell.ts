import { FORMAT_LABELS, TYPE_LABELS } from '@culture-commune/shared';
import { xmlText as text } from './modules/feeds/atom';

/**
 * What a visitor's page shows first, as static HTML inside the app's root, written from the answers the server has
 * just preloaded (decision 0047): the header, then a resource's title and summary, or the search page's first
 * results. The browser paints it before any JavaScript has run; React's first render replaces it (createRoot empties
 * its container), so the markup copies the React components' elements and classes (layout.tsx, resource-details.tsx,
 * resource-reactions.tsx, search-page.tsx, search-box.tsx, search-hit.tsx) for the page not to move then. French
 * only, as the visitor's first render; no style or script: the CSP is unchanged. Every value is escaped. The search
 * box is read-only until the app replaces it, so that nothing typed in it is lost.
 */

const label = (labels: Record<string, { fr: string }>, value: string) => labels[value]?.fr ?? value;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    : [];
const object = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
/** A class name part taken from data (the type's badge): letters, digits and dashes only. */
const token = (value: string) => value.replace(/[^a-z0-9-]/gi, '');

/** The layout's frame for a visitor (layout.tsx), with `main` holding the page. */
function frame(page: string, path: string): string {
  const navLink = (href: string, name: string) =>
    href === path
      ? `<a aria-current="page" class="active" href="${href}">${name}</a>`
      : `<a href="${href}">${name}</a>`;
  return (
    `<div class="app"><a class="skip-link" href="#contenu">Aller au contenu</a>` +
    `<header class="site-header"><div class="container site-header-inner">` +
    `<p class="site-name"><a href="/">Culture commune</a><span class="site-tagline">Ressources partagées du réseau</span></p>` +
    `<button type="button" class="menu-toggle" aria-expanded="false" aria-controls="site-menu">Menu</button>` +
    `<div id="site-menu" class="site-menu" data-open="false">` +
    `<nav aria-label="Navigation principale" class="main-nav"><ul>` +
    `<li>${navLink('/', 'Rechercher')}</li>` +
    `<li>${navLink('/connexion?retour=%2Fressources%2Fnouvelle', 'Se connecter pour partager')}</li>` +
    `<li>${navLink('/listes', 'Listes de lecture')}</li>` +
    `<li>${navLink('/evenements', 'Événements')}</li>` +
    `<li>${navLink('/annuaire', 'Annuaire')}</li>` +
    `</ul></nav></div></div></header>` +
    `<main id="contenu" tabindex="-1" class="container site-main">${page}</main></div>`
  );
}

/** A public resource's page (resource-details.tsx): what sits above the fold, from the preloaded `resource`. */
export function resourceShell(data: unknown): string | null {
  const resource = object(object(data)?.resource);
  const title = str(resource?.title);
  const slug = str(resource?.slug);
  if (!resource || !title || !slug) return null;
  const thumbnail = str(resource.thumbnailUrl);
  const type = str(resource.type);
  const format = str(resource.format);
  const kind = type
    ? `<p class="resource-kind"><span class="type-badge type-${token(type)}">${text(label(TYPE_LABELS, type))}</span>` +
      (format ? `<span class="hit-meta-part">${text(label(FORMAT_LABELS, format))}</span>` : '') +
      `</p>`
    : '';
  const reactions = list(resource.reactions);
  const reactionList = reactions.length
    ? `<div class="reactions"><ul class="reaction-list" aria-label="Réactions">${reactions
        .map((reaction) => {
          const name = REACTION_NAMES[str(reaction.kind)] ?? str(reaction.kind);
          return `<li><span class="reaction reaction-count">${text(`${name} (${Number(reaction.count) || 0})`)}</span></li>`;
        })
        .join('')}</ul></div>`
    : '';
  const page =
    `<article class="resource"><header class="${thumbnail ? 'page-header has-thumbnail' : 'page-header'}">` +
    (thumbnail ? `<img class="resource-thumbnail" src="${text(thumbnail)}" alt="" width="144" height="192">` : '') +
    kind +
    `<h1>${text(title)}</h1>` +
    reactionList +
    `<p class="lead">${text(str(resource.summary))}</p>` +
    `<p class="resource-history-link"><a href="/ressources/${text(encodeURIComponent(slug))}/historique">Historique des modifications</a></p>` +
    `</header></article>`;
  return frame(page, `/ressources/${slug}`);
}

const REACTION_NAMES: Record<string, string> = { useful: 'Utile', tested: 'Testé sur le terrain', toRead: 'À lire' };

const SORTS = [
  ['relevance', 'Pertinence'],
  ['newest', 'Plus récentes'],
  ['mostUsed', 'Plus utilisés'],
  ['bestRated', 'Mieux notés'],
] as const;

/** The search page (search-page.tsx) with its first results (search-hit.tsx), from the preloaded `search`. */
export function searchShell(data: unknown, state: { q: string; sort: string }): string | null {
  const search = object(object(data)?.search);
  if (!search) return null;
  const hits = list(search.hits)
    .slice(0, 5)
    .map((hit) => {
      const resource = object(hit.resource);
      const title = str(resource?.title);
      const slug = str(resource?.slug);
      if (!resource || !title || !slug) return '';
      const thumbnail = str(hit.thumbnailUrl);
      const type = str(resource.type);
      const meta = [
        label(FORMAT_LABELS, str(resource.format)),
        typeof resource.year === 'number' ? String(resource.year) : '',
      ].filter(Boolean);
      const themes = list(resource.themes).map((theme) => str(theme.label));
      return (
        `<li><article class="${thumbnail ? 'hit has-thumbnail' : 'hit'}">` +
        (thumbnail
          ? `<img class="hit-thumbnail" src="${text(thumbnail)}" alt="" width="72" height="96" loading="lazy">`
          : '') +
        `<h3 class="hit-title"><a href="/ressources/${text(encodeURIComponent(slug))}">${text(title)}</a></h3>` +
        `<p class="hit-meta"><span class="type-badge type-${token(type)}">${text(label(TYPE_LABELS, type))}</span>` +
        meta.map((part) => `<span class="hit-meta-part">${text(part)}</span>`).join('') +
        `</p><p class="hit-summary">${text(str(resource.summary))}</p>` +
        (themes.length
          ? `<ul class="tag-list" aria-label="Thèmes">${themes.map((theme) => `<li>${text(theme)}</li>`).join('')}</ul>`
          : '') +
        `</article></li>`
      );
    })
    .join('');
  const total = Number(search.total) || 0;
  const page =
    `<div class="search-page"><header class="page-header"><h1>Bibliothèque de ressources</h1>` +
    `<p class="lead">Lectures, supports de formation et outils de médiation partagés par le réseau.</p></header>` +
    `<form class="search-box" role="search"><label for="cc-shell-q">Rechercher une ressource</label>` +
    `<div class="combobox"><input id="cc-shell-q" type="search" name="q" value="${text(state.q)}" ` +
    `placeholder="Par exemple\u00a0: écrans petite enfance" autocomplete="off" spellcheck="false" readonly></div></form>` +
    // The filters start folded on a narrow screen (facet-filters.tsx); on a wide one they sit in their own column.
    `<div class="search-layout"><div class="search-sidebar">` +
    `<details class="facets"><summary><h2>Affiner la recherche</h2></summary></details></div>` +
    `<section class="search-main" aria-labelledby="results-title">` +
    `<h2 id="results-title" class="visually-hidden" tabindex="-1">Résultats</h2><div class="results-toolbar"><p class="results-count">${
      total === 0 ? 'Aucune ressource' : `${total} ressource${total > 1 ? 's' : ''}`
    }</p><div class="sort-select"><label for="cc-shell-sort">Trier par</label><select id="cc-shell-sort">${SORTS.map(
      ([value, name]) => `<option value="${value}"${value === state.sort ? ' selected' : ''}>${name}</option>`,
    ).join('')}</select></div></div>` +
    (hits ? `<ol class="hits">${hits}</ol>` : '') +
    `</section></div></div>`;
  return frame(page, '/');
}

/**
 * The page with `shell` inside its empty root (no root as built, or no shell: the page unchanged). The app's code is
 * then no longer what the first paint waits for: with the build's first-paint loader (`loader`, decision 0054) the
 * module script and its preloads give way to that small deferred script, which fetches them once the page is on
 * screen; without it they are fetched at a low priority (`fetchpriority="low"`). The stylesheet stays as built.
 */
export function withShell(html: string, shell: string | null | undefined, loader?: string | null): string {
  if (!shell || !html.includes('<div id="root"></div>')) return html;
  const painted = html.replace('<div id="root"></div>', () => `<div id="root">${shell}</div>`);
  if (!loader) {
    return painted
      .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
      .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"');
  }
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/.exec(painted);
  if (!entry) return painted;
  const preloads: string[] = [];
  // Addresses of the build (index.html, preload/first-paint.json): nothing a request chooses.
  return painted
    .replace(/<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g, (_tag, href: string) => {
      preloads.push(href);
      return '';
    })
    .replace(
      entry[0],
      () => `<script defer src="${loader}" data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"></script>`,
    );
}
