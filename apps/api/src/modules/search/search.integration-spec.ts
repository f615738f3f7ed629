import { TestApi, startTestApi } from '../../../test/api-harness';

const SEARCH = `query Search($input: SearchInput!) {
  search(input: $input) {
    total totalPages
    hits { resource { slug } title { text match } summary { text match } }
    facets { types { value label count } audiences { value label count } themes { value label count } }
  }
}`;

interface Result {
  search: {
    total: number;
    hits: { resource: { slug: string }; title: { text: string; match: boolean }[] }[];
    facets: Record<'types' | 'audiences' | 'themes', { value: string; label: string; count: number }[]>;
  };
}

describe('Searching the demo library', () => {
  let api: TestApi;
  const search = (input: Record<string, unknown>) => api.gql<Result>(SEARCH, { input });

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('"ecrans petite enfance" lists the screens and early-childhood resources first', async () => {
    const { data } = await search({ q: 'ecrans petite enfance' });
    const top = data!.search.hits.slice(0, 5).map((hit) => hit.resource.slug);
    expect(top).toEqual(expect.arrayContaining(['tisseron-3-6-9-12', 'ecrans-tout-petits-brochure']));
  });

  it('a typo still finds the cyberbullying resources ("cyberharcèlemnt")', async () => {
    const { data } = await search({ q: 'cyberharcèlemnt' });
    const top = data!.search.hits.slice(0, 5).map((hit) => hit.resource.slug);
    expect(top).toEqual(expect.arrayContaining(['e-enfance-3018', 'harcelement-fiche-reflexe']));
  });

  it('marks the matching words of the title', async () => {
    const { data } = await search({ q: 'réalité augmentée' });
    const hit = data!.search.hits.find((h) => h.resource.slug === 'kit-realite-augmentee')!;
    expect(
      hit.title
        .filter((s) => s.match)
        .map((s) => s.text.toLowerCase())
        .join(' '),
    ).toContain('réalité');
    const text = hit.title.map((s) => s.text).join('');
    for (const marker of ['\u0002', '\u0003', '<']) expect(text).not.toContain(marker);
  });

  it('facet counts match what clicking gives, and a facet keeps its other values when one is selected', async () => {
    const all = (await search({ q: '' })).data!.search;
    expect(all.total).toBe(46);
    const parents = all.facets.audiences.find((a) => a.value === 'parents')!;
    expect(parents.label).toBe('Parents');
    const clicked = (await search({ q: '', filters: { audiences: ['parents'] } })).data!.search;
    expect(clicked.total).toBe(parents.count);
    // Disjunctive: the audience facet still counts the other audiences as if unfiltered.
    expect(clicked.facets.audiences).toEqual(all.facets.audiences);
    // Other facets narrow to the selection.
    expect(clicked.facets.types.reduce((sum, t) => sum + t.count, 0)).toBe(parents.count);
  });

  it('tags(first) lists the most used tags only, and a selected tag whatever its place; first outside 1–50 is refused', async () => {
    type Tags = { search: { facets: { tags: { value: string; count: number }[] } } };
    const TAGS = `query Tags($input: SearchInput!, $first: Int) {
      search(input: $input) { facets { tags(first: $first) { value count } } }
    }`;
    const tags = (first: number | undefined, filters: Record<string, string[]> = {}) =>
      api.gql<Tags>(TAGS, { input: { q: '', filters }, first });
    const all = (await tags(undefined)).data!.search.facets.tags;
    expect(all.length).toBeGreaterThan(15);
    const counts = all.map((tag) => tag.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The 15 most used, as the whole list orders them.
    expect((await tags(15)).data!.search.facets.tags).toEqual(all.slice(0, 15));
    // A selected tag beyond them stays listed, so that it can be unchecked (the facet counts as if unfiltered).
    const rare = all.at(-1)!;
    const withRare = (await tags(15, { tags: [rare.value] })).data!.search.facets.tags;
    expect(withRare).toEqual([...all.slice(0, 15), rare]);
    for (const first of [0, 51]) {
      const refused = await tags(first);
      expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.issues![0]).toMatchObject({ field: 'first', rule: 'range' });
    }
  });

  it('filters combine: values of one facet are OR-ed, facets AND-ed', async () => {
    const either = (await search({ filters: { types: ['outil', 'lecture'] } })).data!.search.total;
    const tools = (await search({ filters: { types: ['outil'] } })).data!.search.total;
    const readings = (await search({ filters: { types: ['lecture'] } })).data!.search.total;
    expect(either).toBe(tools + readings);
    const narrowed = (await search({ filters: { types: ['outil'], audiences: ['petite-enfance'] } })).data!.search;
    expect(narrowed.total).toBeLessThan(tools);
    expect(narrowed.hits.map((h) => h.resource.slug)).toContain('jeu-des-trois-figures');
  });

  it('an unknown theme is BAD_USER_INPUT naming the field', async () => {
    const result = await search({ q: 'x', filters: { themes: ['pas-un-theme'] } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.issues![0].field).toBe('filters.themes');
    expect(result.errors![0].message).toContain('pas-un-theme');
  });

  it('paginates and sorts by newest', async () => {
    const page2 = (await search({ q: '', page: 2, pageSize: 10 })).data!.search;
    expect(page2.hits).toHaveLength(10);
    expect(page2.total).toBe(46);
    const page1 = (await search({ q: '', page: 1, pageSize: 10 })).data!.search;
    expect(page1.hits.map((h) => h.resource.slug)).not.toContain(page2.hits[0].resource.slug);
    const newest = await search({ q: '', sort: 'newest', pageSize: 5 });
    expect(newest.errors).toBeUndefined();
  });

  it('reindex rebuilds the index from PostgreSQL, reports progress, and leaves no drift', async () => {
    await api.dataSource.query(`UPDATE resources SET version = version + 1 WHERE slug = 'decodex'`);
    expect((await api.checkDrift('resources')).stale).toHaveLength(1);
    const progress: number[] = [];
    const count = await api.reindex('resources', (done) => progress.push(done));
    expect(count).toBe(46);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(46);
    const report = await api.checkDrift('resources');
    expect([report.missing, report.stale, report.extra, report.documents]).toEqual([[], [], [], 46]);
    expect((await search({ q: 'decodex' })).data!.search.hits[0].resource.slug).toBe('decodex');
  });

  it('one box finds resources, themes and organisations together, with matches marked', async () => {
    const quick = async (q: string) =>
      (
        await api.gql<{
          quickSearch: {
            hits: { kind: string; slug: string; title: { text: string; match: boolean }[]; detail: string | null }[];
          };
        }>(`query($q: String!) { quickSearch(q: $q, limit: 8) { hits { kind slug detail title { text match } } } }`, {
          q,
        })
      ).data!.quickSearch.hits;
    const videoGames = await quick('jeux vid');
    expect(videoGames.map((hit) => `${hit.kind}:${hit.slug}`)).toContain('theme:jeux-video');
    const library = await quick('médiathèque');
    expect(library.map((hit) => `${hit.kind}:${hit.slug}`)).toContain('organisation:mediatheque-chambery');
    expect(library.find((hit) => hit.kind === 'organisation')!.detail).toBe('Chambéry');
    const tiktok = await quick('tiktok');
    expect(tiktok[0]).toMatchObject({
      kind: 'resource',
      slug: 'tiktok-algorithme-atelier',
      detail: 'Outil de médiation · 2024',
    });
    expect(tiktok[0].title.some((segment) => segment.match && /tiktok/i.test(segment.text))).toBe(true);
    expect(await quick('   ')).toEqual([]);
  });

  it('when nothing matches, offers the nearest spelling and what dropping each filter would give', async () => {
    const RESULT = `query($input: SearchInput!) { search(input: $input) { total suggestion relaxations { field total } } }`;
    type Empty = {
      search: { total: number; suggestion: string | null; relaxations: { field: string; total: number }[] };
    };
    const respelled = (await api.gql<Empty>(RESULT, { input: { q: 'cybrharclemant' } })).data!.search;
    expect(respelled).toMatchObject({ total: 0, suggestion: 'cyberharcèlement' });
    const filtered = (
      await api.gql<Empty>(RESULT, {
        input: { q: 'tiktok', filters: { audiences: ['petite-enfance'], types: ['outil'] } },
      })
    ).data!.search;
    expect(filtered.total).toBe(0);
    const withoutAudience = (await api.gql<Empty>(RESULT, { input: { q: 'tiktok', filters: { types: ['outil'] } } }))
      .data!.search.total;
    expect(filtered.relaxations).toEqual(expect.arrayContaining([{ field: 'audiences', total: withoutAudience }]));
    expect(withoutAudience).toBeGreaterThan(0);
    const nonsense = (await api.gql<Empty>(RESULT, { input: { q: 'zzqxjwv' } })).data!.search;
    expect(nonsense).toEqual({ total: 0, suggestion: null, relaxations: [] });
  });

  it('answers, found or refused, are never kept by a cache (Cache-Control: no-store)', async () => {
    const post = (input: Record<string, unknown>) =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SEARCH, variables: { input } }),
      });
    const found = await post({ q: 'écrans' });
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('no-store');
    const refused = await post({ q: 'écrans', filters: { themes: ['theme-inconnu'] } });
    expect((await refused.json()) as unknown).toHaveProperty('errors');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});
