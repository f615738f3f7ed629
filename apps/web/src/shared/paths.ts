/**
 * The addresses of the app's pages (and of the few files the API serves next to them), built in one place: slugs
 * and query values are always encoded, and a renamed path changes here only. The route table (app/app-routes.tsx)
 * keeps its own patterns (`ressources/:slug`), which these paths must match.
 */
import { searchPath } from '@culture-commune/shared';

/** The id of a comment's element on its page (a resource's or a reading list's): `#commentaire-<id>` links to it. */
export const commentAnchor = (id: string): string => `commentaire-${id}`;

/** A page's path, at one of its comments when `commentId` is given (`useScrollToComment` takes it from there). */
export const atComment = (path: string, commentId?: string | null): string =>
  commentId ? `${path}#${commentAnchor(commentId)}` : path;

const segment = (slug: string) => encodeURIComponent(slug);

export type { SearchParams } from '@culture-commune/shared';

/** The id of the list page's « Qui a lu quoi » section. */
export const WHO_READ_ANCHOR = 'qui-a-lu-quoi';

export const paths = {
  /** `/` alone, or `/?q=…&theme=…`: built by the helper the API's feeds use too. */
  search: searchPath,

  newResource: '/ressources/nouvelle',
  /** A resource's page, at one of its comments when `commentId` is given. */
  resource: (slug: string, commentId?: string | null) => atComment(`/ressources/${segment(slug)}`, commentId),
  editResource: (slug: string) => `/ressources/${segment(slug)}/modifier`,
  /** A resource's versions, with a readable diff and « Restaurer cette version ». */
  resourceHistory: (slug: string) => `/ressources/${segment(slug)}/historique`,
  /** Curators: deleted resources waiting in the bin. */
  resourceBin: '/administration/corbeille',
  brokenLinks: '/administration/liens-casses',

  readingLists: '/listes',
  newReadingList: '/listes/nouvelle',
  /** A reading list's page, at one of its comments when `commentId` is given. */
  readingList: (slug: string, commentId?: string | null) => atComment(`/listes/${segment(slug)}`, commentId),
  /** « Qui a lu quoi » on the list's page (its team only), linked from the meetings it prepares. */
  readingListWhoRead: (slug: string) => `/listes/${segment(slug)}#${WHO_READ_ANCHOR}`,
  editReadingList: (slug: string) => `/listes/${segment(slug)}/modifier`,

  events: '/evenements',
  newEvent: '/evenements/nouveau',
  event: (slug: string) => `/evenements/${segment(slug)}`,
  editEvent: (slug: string) => `/evenements/${segment(slug)}/modifier`,
  /** Served by the API (not a page of the app): the upcoming public events, for a calendar subscription. */
  calendarFeed: '/evenements/calendrier.ics',

  member: (slug: string) => `/membres/${segment(slug)}`,
  /** The welcome step after accepting an invitation, then « Quoi de neuf ». */
  welcome: '/bienvenue',
  news: '/quoi-de-neuf',

  /** The directory of organisations and people. */
  directory: '/annuaire',
  organisation: (slug: string) => `/structures/${segment(slug)}`,
  organisationsAdmin: '/administration/structures',

  /** Kits lent by the network's organisations, and their loans. */
  kits: '/malles',
  newKit: '/malles/nouvelle',
  kit: (slug: string) => `/malles/${segment(slug)}`,
  editKit: (slug: string) => `/malles/${segment(slug)}/modifier`,
  /** Coordinators and admins: the network's activity report. */
  report: '/rapport',
  /** A report shared read-only through its link (no account needed). */
  sharedReport: (token: string) => `/rapport/partage/${segment(token)}`,

  /** Served by the API (not a page of the app): a theme's public Atom feed. */
  themeFeed: (slug: string) => `/flux/themes/${segment(slug)}.atom`,
} as const;
