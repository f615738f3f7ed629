import type { DirectorySearchInput } from '../../../generated/graphql';

/** The facets of `/annuaire` as address parameters (one per chosen value) and as the API's input fields. */
export const DIRECTORY_FACETS = {
  types: 'type',
  kinds: 'type-structure',
  cities: 'commune',
  themes: 'theme',
  audiences: 'public',
} as const;
export type DirectoryFacetKey = keyof typeof DIRECTORY_FACETS;
export const DIRECTORY_FACET_KEYS = Object.keys(DIRECTORY_FACETS) as DirectoryFacetKey[];

export interface DirectoryState {
  q: string;
  filters: Record<DirectoryFacetKey, string[]>;
  priorityNeighbourhood: boolean;
  page: number;
}

/** `/annuaire?q=jeux&theme=jeux-video&qpv=1&page=2` → the page's state. */
export function readDirectoryState(params: URLSearchParams): DirectoryState {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    filters: Object.fromEntries(
      DIRECTORY_FACET_KEYS.map((key) => [key, params.getAll(DIRECTORY_FACETS[key])]),
    ) as DirectoryState['filters'],
    priorityNeighbourhood: params.get('qpv') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The state back as address parameters, without the empty ones. */
export function writeDirectoryState(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of DIRECTORY_FACET_KEYS)
    for (const value of state.filters[key]) params.append(DIRECTORY_FACETS[key], value);
  if (state.priorityNeighbourhood) params.set('qpv', '1');
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function toDirectoryInput(state: DirectoryState): DirectorySearchInput {
  return {
    q: state.q.trim(),
    types: state.filters.types as DirectorySearchInput['types'],
    kinds: state.filters.kinds,
    cities: state.filters.cities,
    themes: state.filters.themes,
    audiences: state.filters.audiences,
    priorityNeighbourhood: state.priorityNeighbourhood ? true : null,
    page: state.page,
  };
}

/** Chooses or unchooses one value of a facet; back to the first page. */
export function toggleDirectoryFilter(state: DirectoryState, key: DirectoryFacetKey, value: string): DirectoryState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next }, page: 1 };
}

export const hasDirectoryFilters = (state: DirectoryState): boolean =>
  state.priorityNeighbourhood || DIRECTORY_FACET_KEYS.some((key) => state.filters[key].length > 0);
