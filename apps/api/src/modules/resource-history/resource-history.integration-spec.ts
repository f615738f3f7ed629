import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, signInAs, type MadeMember } from '../../../test/factories';
import { loadDemoLibrary } from '../seed/demo-library';
import { insertSyntheticResources } from '../seed/synthetic-library';

const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const UPDATE = `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug } }`;
const HISTORY = `query($slug: String!) { resource(slug: $slug) { slug title
  history { version current createdAt author { slug name } changes { field before after } } } }`;
const RESTORE = `mutation($slug: String!, $version: Int!) { restoreResourceVersion(slug: $slug, version: $version) { slug title themes { slug } tags { label } } }`;
const SEARCH = `query($q: String!) { search(input: { q: $q }) { total hits { resource { slug } } } }`;

interface Version {
  version: number;
  current: boolean;
  author: { slug: string; name: string } | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  type: 'outil',
  format: 'jeu',
  title: 'Le jeu des colibris bavards',
  summary: 'Un jeu pour parler des rumeurs en ligne.',
  authors: ['Réseau EMI'],
  language: 'fr',
  visibility: 'public',
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: ['Rumeurs'],
  ...overrides,
});

describe('Resource history: every write kept, any version restorable (GraphQL over HTTP, real PostgreSQL and Meilisearch)', () => {
  let api: TestApi;
  let contributor: MadeMember;
  let other: MadeMember;
  let coordinator: MadeMember;

  const history = async (slug: string) =>
    (await api.gql<{ resource: { title: string; history: Version[] } }>(HISTORY, { slug })).data?.resource;
  const searchTotal = async (q: string) =>
    (await api.gql<{ search: { total: number } }>(SEARCH, { q })).data!.search.total;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    contributor = await makeMember(api, { name: 'Inès Colibri' });
    other = await makeMember(api);
    coordinator = await makeMember(api, { role: 'coordinator' });
  });
  afterAll(() => api.close());

  it('records who changed which fields, before and after, themes and tags by their labels, newest first', async () => {
    await signInAs(api, contributor);
    const created = await api.gql<{ createResource: { slug: string } }>(CREATE, { input: draft() });
    expect(created.errors).toBeUndefined();
    const slug = created.data!.createResource.slug;
    await api.gql(UPDATE, {
      slug,
      input: draft({
        summary: 'Un jeu pour parler des rumeurs et des images truquées.',
        themeSlugs: ['jeux-video', 'reseaux-sociaux'],
        tags: ['Rumeurs', 'Images'],
      }),
    });
    const [latest, first] = (await history(slug))!.history;
    expect(first.version).toBe(1);
    expect(first.current).toBe(false);
    expect(first.author).toEqual({ slug: contributor.slug, name: 'Inès Colibri' });
    expect(first.changes.find((change) => change.field === 'title')).toEqual({
      field: 'title',
      before: null,
      after: 'Le jeu des colibris bavards',
    });
    expect(latest.version).toBe(2);
    expect(latest.current).toBe(true);
    expect(latest.changes.map((change) => change.field)).toEqual(['summary', 'themes', 'tags']);
    const themes = latest.changes.find((change) => change.field === 'themes')!;
    expect(themes.before).toBe('Jeux vidéo');
    expect(themes.after).toBe('Réseaux sociaux, Jeux vidéo');
    expect(latest.changes.find((change) => change.field === 'tags')).toEqual({
      field: 'tags',
      before: 'Rumeurs',
      after: 'Images, Rumeurs',
    });
  });

  it('shows the history to whoever may see the resource, and answers NOT_FOUND to others', async () => {
    await signInAs(api, contributor);
    const created = await api.gql<{ createResource: { slug: string } }>(CREATE, {
      input: draft({ title: 'Fiche réseau des hérons', visibility: 'network' }),
    });
    const slug = created.data!.createResource.slug;
    api.signOut();
    const asVisitor = await api.gql(HISTORY, { slug });
    expect(asVisitor.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await signInAs(api, other);
    // Author names follow the rule of contributor names: shown to whoever may see the resource.
    expect((await history(slug))!.history[0].author!.name).toBe('Inès Colibri');
  });

  it('restoring writes a new version equal to the old one: title back, old address kept, searchable again', async () => {
    await signInAs(api, contributor);
    const slug = (
      await api.gql<{ createResource: { slug: string } }>(CREATE, {
        input: draft({ title: 'Atelier des pangolins rieurs' }),
      })
    ).data!.createResource.slug;
    const renamed = await api.gql<{ updateResource: { slug: string } }>(UPDATE, {
      slug,
      input: draft({ title: 'Atelier des tatous rieurs', tags: [] }),
    });
    const newSlug = renamed.data!.updateResource.slug;
    await api.drain();
    expect(await searchTotal('pangolins')).toBe(0);

    const restored = await api.gql<{
      restoreResourceVersion: { slug: string; title: string; tags: { label: string }[] };
    }>(RESTORE, { slug: newSlug, version: 1 });
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreResourceVersion.title).toBe('Atelier des pangolins rieurs');
    expect(restored.data!.restoreResourceVersion.tags.map((tag) => tag.label)).toEqual(['Rumeurs']);
    const versions = (await history(slug))!.history;
    expect(versions.map((version) => version.version)).toEqual([3, 2, 1]);
    expect(versions[0].changes.find((change) => change.field === 'title')).toEqual({
      field: 'title',
      before: 'Atelier des tatous rieurs',
      after: 'Atelier des pangolins rieurs',
    });
    // The address it had in between still leads to it.
    expect((await history(newSlug))!.title).toBe('Atelier des pangolins rieurs');
    await api.drain();
    expect(await searchTotal('pangolins')).toBe(1);
    expect(await searchTotal('tatous')).toBe(0);
    const audit = await api.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'resource.version-restored' AND subject = $1`,
      [newSlug],
    );
    expect(audit).toEqual([{ actor_id: contributor.id, details: { version: 1, title: 'Atelier des tatous rieurs' } }]);
  });

  it('lets the contributor and curators restore; another member gets FORBIDDEN and a visitor UNAUTHENTICATED', async () => {
    await signInAs(api, contributor);
    const slug = (
      await api.gql<{ createResource: { slug: string } }>(CREATE, {
        input: draft({ title: 'Carnet des loutres', summary: 'Première version du carnet.' }),
      })
    ).data!.createResource.slug;
    await api.gql(UPDATE, { slug, input: draft({ title: 'Carnet des loutres', summary: 'Deuxième version.' }) });
    await signInAs(api, other);
    expect((await api.gql(RESTORE, { slug, version: 1 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    api.signOut();
    expect((await api.gql(RESTORE, { slug, version: 1 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await signInAs(api, coordinator);
    const restored = await api.gql(RESTORE, { slug, version: 1 });
    expect(restored.errors).toBeUndefined();
    const [latest] = (await history(slug))!.history;
    expect(latest.author!.slug).toBe(coordinator.slug);
    expect(latest.changes).toEqual([
      { field: 'summary', before: 'Deuxième version.', after: 'Première version du carnet.' },
    ]);
    // A version that does not exist is refused, naming the field and the range.
    const missing = await api.gql(RESTORE, { slug, version: 9 });
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.issues?.[0]).toMatchObject({ field: 'version', rule: 'range' });
  });

  it('refuses to restore a version whose theme was deleted since, naming the field and the theme', async () => {
    await api.dataSource.query(
      `INSERT INTO themes (slug, label, position) VALUES ('theme-ephemere', 'Thème éphémère', 99)`,
    );
    await signInAs(api, contributor);
    const slug = (
      await api.gql<{ createResource: { slug: string } }>(CREATE, {
        input: draft({ title: 'Guide des martinets', themeSlugs: ['theme-ephemere'] }),
      })
    ).data!.createResource.slug;
    await api.gql(UPDATE, { slug, input: draft({ title: 'Guide des martinets', themeSlugs: ['jeux-video'] }) });
    await api.dataSource.query(`DELETE FROM themes WHERE slug = 'theme-ephemere'`);
    const refused = await api.gql(RESTORE, { slug, version: 1 });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.issues?.[0]).toMatchObject({ field: 'themeSlugs', rule: 'unknown' });
    expect(refused.errors?.[0].extensions?.issues?.[0].message).toContain('theme-ephemere');
    // Nothing was written: still two versions, and the deleted theme still reads by its label in the first one.
    const versions = (await history(slug))!.history;
    expect(versions).toHaveLength(2);
    expect(versions[0].changes.find((change) => change.field === 'themes')!.before).toBe('Thème éphémère');
  });

  it('every resource of the demo library, and of a synthetic one written in bulk, has a history', async () => {
    await api.dataSource.transaction((manager) => insertSyntheticResources(manager, loadDemoLibrary(), 20));
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM resources r WHERE NOT EXISTS (SELECT 1 FROM resource_versions v WHERE v.resource_id = r.id)`,
    );
    expect(n).toBe(0);
  });
});
