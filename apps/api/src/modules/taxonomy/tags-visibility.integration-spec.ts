import { TestApi, startTestApi } from '../../../test/api-harness';

const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const resource = (title: string, visibility: string, tag: string) => ({
  type: 'lecture',
  format: 'article',
  title,
  summary: 'Une ressource pour tester les étiquettes.',
  authors: [],
  language: 'fr',
  visibility,
  themeSlugs: ['culture-innovation'],
  audienceSlugs: [],
  tags: [tag],
});

/** Issue 11, item 7: tags count only through resources the actor may see, in `tags(prefix:)` and in search filters. */
describe('Tags of drafts and network resources are not revealed', () => {
  let api: TestApi;
  const tagSlugs = async (prefix: string) =>
    (
      (await api.gql<{ tags: { slug: string }[] }>(`query($p: String) { tags(prefix: $p) { slug } }`, { p: prefix }))
        .data!.tags ?? []
    ).map((tag) => tag.slug);
  const filterCode = async (tag: string) =>
    (await api.gql(`query($t: [String!]) { search(input: { filters: { tags: $t } }) { total } }`, { t: [tag] }))
      .errors?.[0]?.extensions?.code ?? 'OK';

  beforeAll(async () => {
    api = await startTestApi({ indexer: true });
    await api.seedDemo();
    await api.signIn('yanis.benali@example.org');
    for (const [title, visibility, tag] of [
      ['Brouillon étiqueté', 'draft', 'zzsecret-brouillon'],
      ['Réseau étiqueté', 'network', 'zzsecret-reseau'],
      ['Public étiqueté', 'public', 'zzpublic-visible'],
    ]) {
      const created = await api.gql(CREATE, { input: resource(title, visibility, tag) });
      expect(created.errors).toBeUndefined();
    }
    await api.drain();
  });
  afterAll(() => api.close());

  it('a visitor sees only tags of public resources, and the search filter answers the same for hidden and unknown tags', async () => {
    api.signOut();
    expect(await tagSlugs('zz')).toEqual(['zzpublic-visible']);
    expect(await filterCode('zzpublic-visible')).toBe('OK');
    expect(await filterCode('zzsecret-brouillon')).toBe('BAD_USER_INPUT');
    expect(await filterCode('zzsecret-reseau')).toBe('BAD_USER_INPUT');
    expect(await filterCode('zzinexistante')).toBe('BAD_USER_INPUT');
  });

  it('a member sees network tags but not someone else’s draft tags; the contributor sees their own', async () => {
    await api.signIn('lea.girard@example.org');
    expect(await tagSlugs('zz')).toEqual(['zzpublic-visible', 'zzsecret-reseau']);
    expect(await filterCode('zzsecret-reseau')).toBe('OK');
    expect(await filterCode('zzsecret-brouillon')).toBe('BAD_USER_INPUT');
    await api.signIn('yanis.benali@example.org', undefined, { reuse: true });
    expect(await tagSlugs('zz')).toEqual(['zzpublic-visible', 'zzsecret-brouillon', 'zzsecret-reseau']);
    expect(await filterCode('zzsecret-brouillon')).toBe('OK');
  });
});
