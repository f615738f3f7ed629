import {
  addFilter,
  defaultSearchState,
  emptyFilters,
  hasFilters,
  isFacetKey,
  parseSearchUrl,
  searchPath,
  removeFilterField,
  serialiseSearchUrl,
  setTestedInField,
  toggleFilter,
} from './search-url';

describe('search URL state', () => {
  it('reads the addresses searchPath builds', () => {
    const url = new URL(
      searchPath({ q: 'écrans', theme: ['jeux-video', 'reseaux-sociaux'], type: 'outil' }),
      'http://localhost',
    );
    expect(url.pathname).toBe('/');
    const state = parseSearchUrl(url.search);
    expect(state.q).toBe('écrans');
    expect(state.filters.themes).toEqual(['jeux-video', 'reseaux-sociaux']);
    expect(state.filters.types).toEqual(['outil']);
  });

  it('reads an empty query string as the default search', () => {
    expect(parseSearchUrl('')).toEqual(defaultSearchState());
  });

  it('writes the default search as an empty query string, so the home page stays "/"', () => {
    expect(serialiseSearchUrl(defaultSearchState())).toBe('');
  });

  it('keeps « Testé sur le terrain » and the debrief sorts in the address, back to page 1 when it changes', () => {
    const state = { ...defaultSearchState(), page: 2, sort: 'bestRated' as const };
    const tested = setTestedInField(state, true);
    expect(tested.page).toBe(1);
    expect(hasFilters(tested.filters)).toBe(true);
    const query = serialiseSearchUrl(tested);
    expect(query).toBe('teste=1&sort=bestRated');
    expect(parseSearchUrl(query)).toEqual(tested);
    expect(parseSearchUrl('sort=mostUsed').sort).toBe('mostUsed');
    expect(parseSearchUrl('teste=oui').filters.testedInField).toBe(false);
    expect(serialiseSearchUrl(setTestedInField(tested, false))).toBe('sort=bestRated');
  });

  it('round-trips the text, several values per facet, the sort and the page', () => {
    const state = {
      q: 'écrans petite enfance',
      filters: {
        ...emptyFilters(),
        types: ['outil', 'lecture'],
        themes: ['jeux-video', 'reseaux-sociaux'],
        audiences: ['parents'],
      },
      sort: 'newest' as const,
      page: 3,
    };
    const query = serialiseSearchUrl(state);
    expect(query).toBe(
      'q=%C3%A9crans+petite+enfance&type=outil&type=lecture&theme=jeux-video&theme=reseaux-sociaux&audience=parents&sort=newest&page=3',
    );
    expect(parseSearchUrl(query)).toEqual(state);
  });

  it('accepts a leading "?" and URLSearchParams', () => {
    expect(parseSearchUrl('?q=infox&tag=ia').filters.tags).toEqual(['ia']);
    expect(parseSearchUrl(new URLSearchParams('q=infox')).q).toBe('infox');
  });

  it('ignores values that cannot be valid instead of failing the search', () => {
    const state = parseSearchUrl('type=video&type=outil&sort=random&page=-2&theme=&q=%20%20');
    expect(state.filters.types).toEqual(['outil']);
    expect(state.filters.themes).toEqual([]);
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.q).toBe('');
    expect(parseSearchUrl('page=abc').page).toBe(1);
    expect(parseSearchUrl('page=2.5').page).toBe(1);
  });

  it('drops repeated values', () => {
    expect(parseSearchUrl('theme=a&theme=a&theme=b').filters.themes).toEqual(['a', 'b']);
  });

  it('toggles a filter value and goes back to the first page', () => {
    const start = { ...defaultSearchState(), page: 4 };
    const added = toggleFilter(start, 'organisations', 'mediatheque');
    expect(added.filters.organisations).toEqual(['mediatheque']);
    expect(added.page).toBe(1);
    expect(hasFilters(added.filters)).toBe(true);
    const removed = toggleFilter(added, 'organisations', 'mediatheque');
    expect(removed.filters.organisations).toEqual([]);
    expect(hasFilters(removed.filters)).toBe(false);
  });

  it('adds a filter value once (a chosen suggestion) and removes a whole filter field (an empty-state offer)', () => {
    const start = {
      ...defaultSearchState(),
      page: 2,
      filters: { ...emptyFilters(), themes: ['reseaux-sociaux'], audiences: ['parents', 'familles'] },
    };
    expect(addFilter(start, 'themes', 'jeux-video').filters.themes).toEqual(['reseaux-sociaux', 'jeux-video']);
    expect(addFilter(start, 'themes', 'reseaux-sociaux').filters.themes).toEqual(['reseaux-sociaux']);
    expect(addFilter(start, 'themes', 'jeux-video').page).toBe(1);
    const removed = removeFilterField(start, 'audiences');
    expect(removed.filters).toEqual({ ...start.filters, audiences: [] });
    expect(removed.page).toBe(1);
  });

  it('tells the filter field names from other strings', () => {
    expect(isFacetKey('audiences')).toBe(true);
    expect(isFacetKey('audience')).toBe(false);
  });
});
