import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, makeResource, signInAs, unique } from '../../../test/factories';

const DUPLICATES = `query Duplicates($url: String, $title: String, $excludeSlug: String) {
  possibleDuplicates(url: $url, title: $title, excludeSlug: $excludeSlug) { slug title sameUrl sameTitle }
}`;
const CREATE = `mutation Create($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const UPDATE = `mutation Update($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug } }`;

type Duplicates = { possibleDuplicates: { slug: string; title: string; sameUrl: boolean; sameTitle: boolean }[] };

const draft = (overrides: Record<string, unknown> = {}) => ({
  type: 'lecture',
  format: 'article',
  title: `Un article ${unique()}`,
  summary: 'Un résumé.',
  authors: [],
  language: 'fr',
  visibility: 'network',
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [],
  ...overrides,
});

describe('Possible duplicates of a resource being shared (GraphQL over HTTP, real PostgreSQL)', () => {
  let api: TestApi;
  const duplicates = async (variables: Record<string, unknown>) => {
    const result = await api.gql<Duplicates>(DUPLICATES, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.possibleDuplicates;
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('finds a resource by its normalised URL (scheme, www, case, trailing slash, utm_*, fbclid ignored)', async () => {
    const path = `/dossiers/${unique()}`;
    const existing = await makeResource(api, {
      url: `https://www.Exemple.fr${path}/?utm_source=lettre`,
      visibility: 'public',
    });
    await signInAs(api, await makeMember(api));
    expect(await duplicates({ url: `http://exemple.fr${path}?fbclid=abc#haut` })).toEqual([
      { slug: existing.slug, title: existing.title, sameUrl: true, sameTitle: false },
    ]);
    expect(await duplicates({ url: `https://exemple.fr${path}/autre` })).toEqual([]);
  });

  it('finds a near-identical title (case, accents, punctuation ignored), not one that only shares words', async () => {
    const word = unique();
    const existing = await makeResource(api, { title: `Les écrans et le sommeil ${word}` });
    await signInAs(api, await makeMember(api));
    expect(await duplicates({ title: `LES ECRANS, et le  sommeil ! ${word}` })).toEqual([
      { slug: existing.slug, title: existing.title, sameUrl: false, sameTitle: true },
    ]);
    expect(await duplicates({ title: `Les écrans ${word}` })).toEqual([]);
  });

  it('never reveals a draft of someone else, but shows the member their own draft', async () => {
    const url = `https://exemple.fr/brouillon/${unique()}`;
    const author = await makeMember(api);
    const draftOfAuthor = await makeResource(api, { url, visibility: 'draft', contributor: author });
    await signInAs(api, await makeMember(api));
    expect(await duplicates({ url, title: draftOfAuthor.title })).toEqual([]);
    // Saving the same address is not refused either: nothing to confirm about a resource one cannot see.
    expect((await api.gql(CREATE, { input: draft({ url }) })).errors).toBeUndefined();
    await signInAs(api, author);
    expect((await duplicates({ url })).map((row) => row.slug)).toContain(draftOfAuthor.slug);
    const coordinator = await makeMember(api, { role: 'coordinator' });
    await signInAs(api, coordinator);
    expect((await duplicates({ url })).map((row) => row.slug)).toContain(draftOfAuthor.slug);
  });

  it('asks visitors to sign in', async () => {
    api.signOut();
    expect((await api.gql(DUPLICATES, { url: 'https://exemple.fr/' })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses to save a second resource with the same address unless confirmed, naming the first', async () => {
    const url = `https://exemple.fr/guide/${unique()}`;
    const existing = await makeResource(api, { url, visibility: 'network', title: `Le guide ${unique()}` });
    await signInAs(api, await makeMember(api));
    const refused = await api.gql(CREATE, { input: draft({ url: `${url}/?utm_medium=mail` }) });
    expect(refused.errors?.[0]).toMatchObject({
      message: `Une ressource a déjà cette adresse : « ${existing.title} ». Confirmez pour enregistrer quand même.`,
      extensions: { code: 'CONFLICT', reason: 'conflict.duplicateUrl', params: { slug: existing.slug } },
    });
    const confirmed = await api.gql<{ createResource: { slug: string } }>(CREATE, {
      input: draft({ url: `${url}/?utm_medium=mail`, confirmDuplicate: true }),
    });
    expect(confirmed.errors).toBeUndefined();
    const [{ url_key }] = await api.dataSource.query(`SELECT url_key FROM resources WHERE slug = $1`, [
      confirmed.data!.createResource.slug,
    ]);
    expect(url_key).toBe(`exemple.fr/guide/${url.split('/').pop()}`);
  });

  it('an edit keeps its own address freely, and is refused when it takes another resource’s', async () => {
    const member = await makeMember(api);
    const taken = await makeResource(api, { url: `https://exemple.fr/pris/${unique()}`, visibility: 'public' });
    const mine = await makeResource(api, { url: `https://exemple.fr/mien/${unique()}`, contributor: member });
    await signInAs(api, member);
    const [{ url: ownUrl }] = await api.dataSource.query(`SELECT url FROM resources WHERE slug = $1`, [mine.slug]);
    expect(
      (await api.gql(UPDATE, { slug: mine.slug, input: draft({ title: mine.title, url: ownUrl }) })).errors,
    ).toBeUndefined();
    const [{ url: takenUrl }] = await api.dataSource.query(`SELECT url FROM resources WHERE slug = $1`, [taken.slug]);
    const refused = await api.gql(UPDATE, { slug: mine.slug, input: draft({ title: mine.title, url: takenUrl }) });
    expect(refused.errors?.[0].extensions).toMatchObject({ reason: 'conflict.duplicateUrl' });
    const [{ url_key }] = await api.dataSource.query(`SELECT url_key FROM resources WHERE slug = $1`, [mine.slug]);
    expect(url_key).toBe(ownUrl.replace('https://', ''));
  });
});
