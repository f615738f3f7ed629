import { LIMITS } from './limits';
import { RESOURCE_TYPES, SEARCH_SORTS, type ResourceType, type SearchSort } from './vocabulary';

/** The facets a search can be narrowed by, in the order the page shows them. */
export const FACET_KEYS = ['types', 'formats', 'themes', 'audiences', 'tags', 'organisations', 'languages'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
/** The facets' chosen values, and « Testé sur le terrain » (only tools with at least one debrief). */
export type SearchFilterState = Record<FacetKey, string[]> & { testedInField: boolean };

/** Everything that defines a search page; it lives in the URL so a search can be shared and the back button works. */
export interface SearchUrlState {
  q: string;
  filters: SearchFilterState;
  sort: SearchSort;
  page: number;
}

/** One query-string name per facet, repeated for several values: `?type=outil&theme=jeux-video&theme=reseaux-sociaux`. */
const PARAM_NAMES: Record<FacetKey, string> = {
  types: 'type',
  formats: 'format',
  themes: 'theme',
  audiences: 'audience',
  tags: 'tag',
  organisations: 'organisation',
  languages: 'language',
};

/** `?teste=1`: « Testé sur le terrain ». */
const TESTED_PARAM = 'teste';

const DEFAULT_SORT: SearchSort = 'relevance';

export function emptyFilters(): SearchFilterState {
  return {
    types: [],
    formats: [],
    themes: [],
    audiences: [],
    tags: [],
    organisations: [],
    languages: [],
    testedInField: false,
  };
}

export function defaultSearchState(): SearchUrlState {
  return { q: '', filters: emptyFilters(), sort: DEFAULT_SORT, page: 1 };
}

const unique = (values: string[]) => [...new Set(values)];

/** Reads a search from a query string, ignoring what cannot be valid (unknown type, bad page, unknown sort). */
export function parseSearchUrl(search: string | URLSearchParams): SearchUrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const key of FACET_KEYS) {
    const values = unique(
      params
        .getAll(PARAM_NAMES[key])
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    );
    filters[key] = key === 'types' ? values.filter((v) => (RESOURCE_TYPES as readonly string[]).includes(v)) : values;
  }
  filters.testedInField = params.get(TESTED_PARAM) === '1';
  const sortParam = params.get('sort') ?? '';
  const sort = (SEARCH_SORTS as readonly string[]).includes(sortParam) ? (sortParam as SearchSort) : DEFAULT_SORT;
  const pageParam = params.get('page') ?? '';
  const page = /^\d+$/.test(pageParam) ? Number(pageParam) : 1;
  return {
    q: (params.get('q') ?? '').trim().slice(0, LIMITS.searchQueryMax),
    filters,
    sort,
    page: page >= 1 && page <= LIMITS.pageMax ? page : 1,
  };
}

/** Writes a search as a query string (without "?"), leaving out defaults so the plain home page stays "/". */
export function serialiseSearchUrl(state: SearchUrlState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const key of FACET_KEYS) {
    for (const value of unique(state.filters[key])) params.append(PARAM_NAMES[key], value);
  }
  if (state.filters.testedInField) params.set(TESTED_PARAM, '1');
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

export function hasFilters(filters: SearchFilterState): boolean {
  return filters.testedInField || FACET_KEYS.some((key) => filters[key].length > 0);
}

/** Checks or unchecks « Testé sur le terrain »; back to page 1. */
export function setTestedInField(state: SearchUrlState, testedInField: boolean): SearchUrlState {
  return { ...state, filters: { ...state.filters, testedInField }, page: 1 };
}

/** Adds or removes one filter value; any change of filters starts again from page 1. */
export function toggleFilter(state: SearchUrlState, key: FacetKey, value: string): SearchUrlState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next }, page: 1 };
}

export function isFacetKey(value: string): value is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(value);
}

/** Adds one filter value (kept if already chosen); back to page 1. */
export function addFilter(state: SearchUrlState, key: FacetKey, value: string): SearchUrlState {
  if (state.filters[key].includes(value)) return { ...state, page: 1 };
  return { ...state, filters: { ...state.filters, [key]: [...state.filters[key], value] }, page: 1 };
}

/** Removes every value of one facet (the empty state's "Retirer le filtre Public"); back to page 1. */
export function removeFilterField(state: SearchUrlState, key: FacetKey): SearchUrlState {
  return { ...state, filters: { ...state.filters, [key]: [] }, page: 1 };
}

/** A search page's address by the query-string names it reads (`theme`, `type`…); several values repeat. */
export interface SearchParams {
  q?: string;
  type?: string | readonly string[];
  format?: string | readonly string[];
  theme?: string | readonly string[];
  audience?: string | readonly string[];
  tag?: string | readonly string[];
  organisation?: string | readonly string[];
  language?: string | readonly string[];
}

/**
 * `/` alone, or `/?q=…&theme=…` (empty values left out): the one builder of search addresses, for the web app's links
 * and the API's (the Atom feeds' web link). What it writes, `parseSearchUrl` reads back.
 */
export function searchPath(params: SearchParams = {}): string {
  const state = defaultSearchState();
  state.q = params.q ?? '';
  for (const key of FACET_KEYS) {
    const value = params[PARAM_NAMES[key] as keyof Omit<SearchParams, 'q'>];
    const values: readonly string[] = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    state.filters[key] = values.filter((one) => one !== '');
  }
  const query = serialiseSearchUrl(state);
  return query ? `/?${query}` : '/';
}

/** The search page showing one theme's resources. */
export const themeSearchPath = (themeSlug: string): string => searchPath({ theme: themeSlug });

/** The search's input as the API's `SearchInput` takes it: only the facets in use, no empty lists. */
export interface SearchPageInput {
  q: string | null;
  filters: Partial<Record<Exclude<FacetKey, 'types'>, string[]>> & { types?: ResourceType[]; testedInField?: boolean };
  sort: SearchSort;
  page: number;
  pageSize: number;
}

/**
 * The variables of the search page's query for an address: the web app sends them, and the API runs the same for a
 * visitor opening the address directly, to embed the first results in the page (issue 16). One builder, so that the
 * embedded answer is the one the page looks for in its cache.
 */
export function searchPageVariables(state: SearchUrlState): { input: SearchPageInput } {
  const filters: SearchPageInput['filters'] = {};
  for (const key of FACET_KEYS) {
    if (state.filters[key].length === 0) continue;
    // parseSearchUrl keeps only known types.
    if (key === 'types') filters.types = state.filters.types as ResourceType[];
    else filters[key] = state.filters[key];
  }
  if (state.filters.testedInField) filters.testedInField = true;
  return {
    input: { q: state.q || null, filters, sort: state.sort, page: state.page, pageSize: LIMITS.pageSizeDefault },
  };
}
