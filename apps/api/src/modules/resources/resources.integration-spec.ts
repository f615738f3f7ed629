import { TestApi, eventually, startTestApi } from '../../../test/api-harness';

const SEARCH = `query Search($input: SearchInput!) { search(input: $input) { total hits { resource { slug title } } } }`;
const CREATE = `mutation Create($input: ResourceInput!) { createResource(input: $input) { id slug title tags { label slug } themes { slug } } }`;
const UPDATE = `mutation Update($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug title } }`;
const DELETE = `mutation Delete($slug: String!) { deleteResource(slug: $slug) }`;
const BY_SLUG = `query One($slug: String!) { resource(slug: $slug) { slug title } }`;

const draft = (overrides: Record<string, unknown> = {}) => ({
  type: 'outil',
  format: 'jeu',
  title: 'Le grand jeu des lucioles numériques',
  summary: 'Un jeu de plateau pour parler des notifications avec des collégiens.',
  authors: ['Réseau EMI'],
  language: 'fr',
  visibility: 'public',
  themeSlugs: ['emotions-bien-etre'],
  audienceSlugs: ['adolescents'],
  tags: ['Lucioles Numériques', 'lucioles  numeriques', ' Jeu de plateau '],
  durationMinutes: 45,
  year: 2025,
  ...overrides,
});

describe('Sharing a resource (GraphQL over HTTP, real PostgreSQL and Meilisearch)', () => {
  let api: TestApi;
  const slugsFor = async (q: string) =>
    (
      (await api.gql<{ search: { hits: { resource: { slug: string } }[] } }>(SEARCH, { input: { q } })).data?.search
        .hits ?? []
    ).map((h) => h.resource.slug);
  const count = async (table: string) =>
    Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    api = await startTestApi();
    await api.seedDemo();
    await api.signIn('yanis.benali@example.org');
  });
  afterAll(() => api.close());

  it('a created resource becomes searchable, with its tags normalised into one', async () => {
    const created = await api.gql<{ createResource: { slug: string; tags: { label: string }[] } }>(CREATE, {
      input: draft(),
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createResource.slug).toBe('le-grand-jeu-des-lucioles-numeriques');
    expect(created.data!.createResource.tags.map((t) => t.label).sort()).toEqual([
      'Jeu de plateau',
      'Lucioles Numériques',
    ]);
    await eventually(async () => (await slugsFor('lucioles')).includes('le-grand-jeu-des-lucioles-numeriques'));
  });

  it('an updated resource is found by its new words, not its old ones, and its old address still works', async () => {
    await api.gql(CREATE, { input: draft({ title: 'Atelier sardines connectées' }) });
    const updated = await api.gql<{ updateResource: { slug: string } }>(UPDATE, {
      slug: 'atelier-sardines-connectees',
      input: draft({ title: 'Atelier maquereaux connectés' }),
    });
    expect(updated.data!.updateResource.slug).toBe('atelier-maquereaux-connectes');
    await eventually(async () => (await slugsFor('maquereaux')).includes('atelier-maquereaux-connectes'));
    expect(await slugsFor('sardines')).toEqual([]);
    const old = await api.gql<{ resource: { slug: string } }>(BY_SLUG, { slug: 'atelier-sardines-connectees' });
    expect(old.data!.resource.slug).toBe('atelier-maquereaux-connectes');
  });

  it('a deleted resource disappears from search and its page answers NOT_FOUND', async () => {
    await api.gql(CREATE, { input: draft({ title: 'Fiche pélicans éphémères' }) });
    await eventually(async () => (await slugsFor('pelicans')).length === 1);
    expect((await api.gql(DELETE, { slug: 'fiche-pelicans-ephemeres' })).data).toEqual({ deleteResource: true });
    // The total comes from the index itself: the document must really be gone, not just filtered out.
    await eventually(
      async () =>
        (await api.gql<{ search: { total: number } }>(SEARCH, { input: { q: 'pelicans' } })).data?.search.total === 0,
    );
    const gone = await api.gql(BY_SLUG, { slug: 'fiche-pelicans-ephemeres' });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(gone.errors?.[0].message).toContain('fiche-pelicans-ephemeres');
  });

  it('bad input is refused with each field and rule named, and nothing is written', async () => {
    const [resources, events, tags] = [await count('resources'), await count('outbox_events'), await count('tags')];
    const refused = await api.gql(CREATE, {
      input: draft({
        title: '  ',
        themeSlugs: ['theme-inexistant'],
        url: 'ftp://exemple',
        year: 3000,
        tags: ['tout nouveau tag'],
      }),
    });
    expect(refused.data).toBeNull();
    const error = refused.errors![0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions!.issues!.map((issue) => `${issue.field}:${issue.rule}`).sort();
    expect(fields).toEqual(['themeSlugs:unknown', 'title:required', 'url:url', 'year:range']);
    expect(error.message).toContain('Titre : ce champ est obligatoire.');
    expect(error.message).toContain('theme-inexistant');
    expect([await count('resources'), await count('outbox_events'), await count('tags')]).toEqual([
      resources,
      events,
      tags,
    ]);
  });

  it('a format that does not belong to the type is refused', async () => {
    const refused = await api.gql(CREATE, { input: draft({ type: 'lecture', format: 'jeu' }) });
    expect(refused.errors![0].extensions!.issues!.map((i) => i.field)).toEqual(['format']);
  });

  it('a missing resource is NOT_FOUND on update and delete too', async () => {
    for (const [query, variables] of [
      [UPDATE, { slug: 'nope', input: draft() }],
      [DELETE, { slug: 'nope' }],
    ] as const) {
      const result = await api.gql(query, variables);
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lists resources with filters and refuses an oversized page', async () => {
    const listed = await api.gql<{ resources: { total: number; items: { slug: string }[] } }>(
      `query { resources(filter: { types: [outil], audiences: ["petite-enfance"] }, pageSize: 50) { total items { slug } } }`,
    );
    expect(listed.data!.resources.items.map((r) => r.slug)).toContain('jeu-des-trois-figures');
    expect(listed.data!.resources.total).toBe(listed.data!.resources.items.length);
    const tooBig = await api.gql(`query { resources(pageSize: 1000) { total } }`);
    expect(tooBig.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(tooBig.errors![0].message).toContain('Taille de page');
  });

  it('matches across œ/oe and elisions ("l\'atelier", "coeur")', async () => {
    await api.gql(CREATE, { input: draft({ title: 'L’atelier du cœur : œuvres collectives en famille' }) });
    for (const q of ['oeuvres collectives', 'coeur', 'œuvre', "l'atelier du coeur"]) {
      await eventually(async () => (await slugsFor(q)).includes('l-atelier-du-coeur-oeuvres-collectives-en-famille'));
    }
  });

  it('an admin extends the vocabulary without a deploy: a new synonym group is used by search', async () => {
    await api.gql(CREATE, { input: draft({ title: 'Fiche baladodiffusion au collège' }) });
    await eventually(async () => (await slugsFor('baladodiffusion')).length === 1);
    expect(await slugsFor('zorglubcast')).toEqual([]);
    await api.signIn('admin@example.org');
    const added = await api.gql<{ addSynonymGroup: { id: string; terms: string[] } }>(
      `mutation { addSynonymGroup(terms: ["Zorglubcast", " baladodiffusion "]) { id terms } }`,
    );
    expect(added.data!.addSynonymGroup.terms).toEqual(['zorglubcast', 'baladodiffusion']);
    await eventually(async () => (await slugsFor('zorglubcast')).includes('fiche-baladodiffusion-au-college'));
    const refused = await api.gql(`mutation { addSynonymGroup(terms: ["seul"]) { id } }`);
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await api.gql(`mutation($id: ID!) { removeSynonymGroup(id: $id) }`, { id: added.data!.addSynonymGroup.id });
    await eventually(async () => (await slugsFor('zorglubcast')).length === 0);
    await api.signIn('yanis.benali@example.org');
  });

  it('the index holds no drift after these writes', async () => {
    await api.drain();
    const report = await api.checkDrift('resources');
    expect({ missing: report.missing, stale: report.stale, extra: report.extra }).toEqual({
      missing: [],
      stale: [],
      extra: [],
    });
    // Resources in the bin (the one deleted above) have no document.
    expect(report.documents).toBe(await count('resources WHERE deleted_at IS NULL'));
  });
});
