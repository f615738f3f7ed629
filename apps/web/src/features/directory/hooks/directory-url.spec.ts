import { readDirectoryState, toDirectoryInput, toggleDirectoryFilter, writeDirectoryState } from './directory-url';

describe('the directory address', () => {
  it('keeps the words, the chosen facet values, the QPV choice and the page through a round trip', () => {
    const params = new URLSearchParams(
      'q=jeux+vid%C3%A9o&commune=Cognin&commune=Chamb%C3%A9ry&theme=jeux-video&qpv=1&page=2',
    );
    const state = readDirectoryState(params);
    expect(state).toEqual({
      q: 'jeux vidéo',
      filters: { types: [], kinds: [], cities: ['Cognin', 'Chambéry'], themes: ['jeux-video'], audiences: [] },
      priorityNeighbourhood: true,
      page: 2,
    });
    expect(writeDirectoryState(state).toString()).toBe(params.toString());
    expect(toDirectoryInput(state)).toMatchObject({
      q: 'jeux vidéo',
      cities: ['Cognin', 'Chambéry'],
      priorityNeighbourhood: true,
      page: 2,
    });
  });

  it('choosing a facet value goes back to the first page; choosing it again removes it', () => {
    const state = readDirectoryState(new URLSearchParams('page=3'));
    const chosen = toggleDirectoryFilter(state, 'kinds', 'mediatheque');
    expect(chosen).toMatchObject({ page: 1, filters: { kinds: ['mediatheque'] } });
    expect(toggleDirectoryFilter(chosen, 'kinds', 'mediatheque').filters.kinds).toEqual([]);
  });

  it('ignores a page that is not a whole number above 1', () => {
    expect(readDirectoryState(new URLSearchParams('page=-4')).page).toBe(1);
    expect(readDirectoryState(new URLSearchParams('page=abc')).page).toBe(1);
  });
});
