import { entries as parseBibtex } from 'bibtex-parse';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { idOf, makeReadingList } from '../../../test/factories';

const FIELDS = `slug authors authorKinds { name kind }`;
const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { ${FIELDS} } }`;
const HISTORY = `query($slug: String!) { resource(slug: $slug) { history { version changes { field before after } } } }`;
const RESTORE = `mutation($slug: String!, $version: Int!) { restoreResourceVersion(slug: $slug, version: $version) { ${FIELDS} } }`;

type Saved = { slug: string; authors: string[]; authorKinds: { name: string; kind: string }[] };

// « Simone Veil » is a médiathèque here, « Xiaoling Wang » a person whose first name the guess does not know.
const draft = (overrides: Record<string, unknown> = {}) => ({
  type: 'lecture',
  format: 'guide',
  title: 'Guide des ateliers photo en médiathèque',
  summary: 'Des ateliers d’éducation à l’image, pas à pas.',
  authors: ['Simone Veil', 'Xiaoling Wang', 'Serge Tisseron'],
  authorKinds: [
    { name: 'Simone Veil', kind: 'organisation' },
    { name: 'Xiaoling Wang', kind: 'person' },
  ],
  language: 'fr',
  visibility: 'network',
  themeSlugs: ['education-image'],
  audienceSlugs: [],
  tags: [],
  year: 2024,
  ...overrides,
});

describe('A contributor says which author is a person and which an organisation; exports follow (decision 0027)', () => {
  let api: TestApi;
  let origin: string;

  const download = async (path: string) =>
    (await fetch(`${origin}${path}`, { headers: { cookie: api.cookie! } })).text();

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    origin = new URL(api.url).origin;
    await api.signIn('camille.durand@example.org');
  });
  afterAll(() => api.close());

  it('CSL-JSON, RIS and BibLaTeX cite an explicit organisation whole and split an explicit person', async () => {
    const created = await api.gql<{ createResource: Saved }>(CREATE, { input: draft() });
    expect(created.errors).toBeUndefined();
    const resource = created.data!.createResource;
    expect(resource.authorKinds).toEqual([
      { name: 'Simone Veil', kind: 'organisation' },
      { name: 'Xiaoling Wang', kind: 'person' },
    ]);
    const list = await makeReadingList(api, {
      curatorId: await idOf(api, 'members', 'camille-durand'),
      resourceIds: [await idOf(api, 'resources', resource.slug)],
    });

    const [csl] = JSON.parse(await download(`/listes/${list.slug}/export.json`));
    // Without the choice the guess gives the opposite for both: « Simone Veil » split, « Xiaoling Wang » whole.
    expect(csl.author).toEqual([
      { literal: 'Simone Veil' },
      { family: 'Wang', given: 'Xiaoling' },
      { family: 'Tisseron', given: 'Serge' },
    ]);
    const ris = await download(`/listes/${list.slug}/export.ris`);
    expect(ris.match(/^AU {2}- .+$/gm)?.map((line) => line.trim())).toEqual([
      'AU  - Simone Veil',
      'AU  - Wang, Xiaoling',
      'AU  - Tisseron, Serge',
    ]);
    const bib = await download(`/listes/${list.slug}/export.bib`);
    expect(bib).toContain('author = {{Simone Veil} and Wang, Xiaoling and Tisseron, Serge},');
    expect(parseBibtex(bib)[0]).toMatchObject({ key: 'veil2024_guide' });
  });

  it('keeps the choices when an edit leaves them out, drops one whose author is gone, and records them in history', async () => {
    const { slug } = (await api.gql<{ createResource: Saved }>(CREATE, { input: draft({ title: 'Guide bis' }) })).data!
      .createResource;
    const kept = await api.gql<{ updateResource: Saved }>(UPDATE, {
      slug,
      input: draft({ title: 'Guide bis', authors: ['Simone Veil', 'Serge Tisseron'], authorKinds: undefined }),
    });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateResource.authorKinds).toEqual([{ name: 'Simone Veil', kind: 'organisation' }]);

    // Only the kind changes: still a change of the authors, which the history shows.
    await api.gql(UPDATE, {
      slug,
      input: draft({ title: 'Guide bis', authors: ['Simone Veil', 'Serge Tisseron'], authorKinds: [] }),
    });
    const history = (
      await api.gql<{ resource: { history: { version: number; changes: { field: string }[] }[] } }>(HISTORY, { slug })
    ).data!.resource.history;
    expect(history[0]).toMatchObject({
      version: 3,
      changes: [
        {
          field: 'authors',
          before: 'Simone Veil (organisation), Serge Tisseron',
          after: 'Simone Veil, Serge Tisseron',
        },
      ],
    });
    const restored = await api.gql<{ restoreResourceVersion: Saved }>(RESTORE, { slug, version: 1 });
    expect(restored.data!.restoreResourceVersion.authorKinds).toEqual([
      { name: 'Simone Veil', kind: 'organisation' },
      { name: 'Xiaoling Wang', kind: 'person' },
    ]);
  });
});
