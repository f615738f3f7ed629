import { TestApi, startTestApi } from '../../../test/api-harness';

const RESOURCE = `query($slug: String!) { resource(slug: $slug) { bookmarked reactions { kind count viewerReacted members { slug } } } }`;
const TOGGLE = `mutation($slug: String!, $kind: ReactionKind!) { toggleReaction(resourceSlug: $slug, kind: $kind) { kind count viewerReacted } }`;
type Reactions = { kind: string; count: number; viewerReacted: boolean; members?: { slug: string }[] }[];

describe('Reactions and bookmarks', () => {
  let api: TestApi;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('members react (toggling), with counts and who reacted; visitors see counts but cannot react', async () => {
    api.signOut();
    expect(code(await api.gql(TOGGLE, { slug: 'decodex', kind: 'useful' }))).toBe('UNAUTHENTICATED');
    await api.signIn('yanis.benali@example.org');
    await api.gql(TOGGLE, { slug: 'decodex', kind: 'useful' });
    await api.signIn('lea.girard@example.org');
    const after = (await api.gql<{ toggleReaction: Reactions }>(TOGGLE, { slug: 'decodex', kind: 'useful' })).data!
      .toggleReaction;
    expect(after).toEqual([
      { kind: 'useful', count: 2, viewerReacted: true },
      { kind: 'tested', count: 0, viewerReacted: false },
      { kind: 'toRead', count: 0, viewerReacted: false },
    ]);
    const undone = (await api.gql<{ toggleReaction: Reactions }>(TOGGLE, { slug: 'decodex', kind: 'useful' })).data!
      .toggleReaction;
    expect(undone[0]).toEqual({ kind: 'useful', count: 1, viewerReacted: false });
    api.signOut();
    const seen = (await api.gql<{ resource: { reactions: Reactions } }>(RESOURCE, { slug: 'decodex' })).data!.resource
      .reactions;
    expect(seen[0]).toEqual({ kind: 'useful', count: 1, viewerReacted: false, members: [{ slug: 'yanis-benali' }] });
  });

  it('bookmarks are personal, listed newest first, and never show what one may no longer see', async () => {
    await api.signIn('sophie.reynaud@example.org');
    for (const slug of ['thymio', 'pegi-guide'])
      await api.gql(`mutation($slug: String!) { setBookmark(resourceSlug: $slug, bookmarked: true) }`, { slug });
    const mine = await api.gql<{ bookmarks: { total: number; items: { slug: string }[] } }>(
      `{ bookmarks { total items { slug } } }`,
    );
    expect(mine.data!.bookmarks).toEqual({ total: 2, items: [{ slug: 'pegi-guide' }, { slug: 'thymio' }] });
    expect(
      (await api.gql<{ resource: { bookmarked: boolean } }>(RESOURCE, { slug: 'thymio' })).data!.resource.bookmarked,
    ).toBe(true);
    await api.gql(`mutation { setBookmark(resourceSlug: "thymio", bookmarked: false) }`);
    await api.dataSource.query(
      `UPDATE resources SET visibility = 'draft', contributor_id = NULL WHERE slug = 'pegi-guide'`,
    );
    const now = await api.gql<{ bookmarks: { total: number; items: { slug: string }[] } }>(
      `{ bookmarks { total items { slug } } }`,
    );
    expect(now.data!.bookmarks).toEqual({ total: 0, items: [] });
    await api.signIn('yanis.benali@example.org');
    expect((await api.gql<{ bookmarks: { total: number } }>(`{ bookmarks { total } }`)).data!.bookmarks.total).toBe(0);
    api.signOut();
    expect(code(await api.gql(`{ bookmarks { total } }`))).toBe('UNAUTHENTICATED');
  });
});
