import { TestApi, startTestApi } from '../../../test/api-harness';
import { MadeMember, makeMember, makeReadingList, makeResource, signInAs } from '../../../test/factories';

/** Issue 11, item 9: what a list shows of a resource the viewer may not see. */
describe('Reading lists never tell about a resource the viewer may not see', () => {
  let api: TestApi;
  let contributor: MadeMember;
  let member: MadeMember;
  let curator: MadeMember;
  let draft: { id: string; slug: string; title: string };
  let list: { id: string; slug: string; title: string };
  const SUMMARIES = `query($resource: String) { readingLists(resourceSlug: $resource) { slug containsResource } }`;
  const ITEMS = `query($slug: String!) { readingList(slug: $slug) { items { availability note addedBy { slug } resource { slug } } } }`;
  type Summary = { slug: string; containsResource: boolean };
  const summaries = async (resource: string) =>
    (await api.gql<{ readingLists: Summary[] }>(SUMMARIES, { resource })).data!.readingLists;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    contributor = await makeMember(api);
    member = await makeMember(api);
    curator = await makeMember(api);
    draft = await makeResource(api, { visibility: 'draft', contributor });
    const shown = await makeResource(api, { visibility: 'network', contributor: curator });
    list = await makeReadingList(api, { curatorId: curator.id, resourceIds: [shown.id, draft.id] });
    await api.dataSource.query(
      `UPDATE reading_list_items SET note = 'Note sur ' || title_snapshot WHERE list_id = $1`,
      [list.id],
    );
  });
  afterAll(() => api.close());

  it('a member who may not see a draft gets the same answer as for an unknown resource, and a bare restricted item', async () => {
    await signInAs(api, member);
    const forDraft = await summaries(draft.slug);
    expect(forDraft.find((summary) => summary.slug === list.slug)).toEqual({
      slug: list.slug,
      containsResource: false,
    });
    expect(forDraft).toEqual(await summaries('ressource-inconnue'));
    const result = await api.gql<{ readingList: { items: unknown[] } }>(ITEMS, { slug: list.slug });
    expect(result.data!.readingList.items).toEqual([
      {
        availability: 'AVAILABLE',
        note: expect.stringMatching(/^Note sur /),
        addedBy: { slug: expect.any(String) },
        resource: { slug: expect.any(String) },
      },
      { availability: 'RESTRICTED', note: null, addedBy: null, resource: null },
    ]);
    expect(JSON.stringify(result)).not.toContain(draft.slug);
    expect(JSON.stringify(result)).not.toContain(draft.title);
  });

  it('the list’s own curator cannot overwrite the note of an item they may not see', async () => {
    await signInAs(api, curator);
    const [restricted] = await api.dataSource.query(
      `SELECT id::text AS id FROM reading_list_items WHERE list_id = $1 AND resource_id = $2`,
      [list.id, draft.id],
    );
    const changed = await api.gql(
      `mutation($id: ID!) { updateReadingListItem(itemId: $id, note: "Écrasée") { slug } }`,
      {
        id: restricted.id,
      },
    );
    expect(changed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ note }] = await api.dataSource.query(`SELECT note FROM reading_list_items WHERE id = $1`, [restricted.id]);
    expect(note).toBe(`Note sur ${draft.title}`);
  });

  it('the draft’s contributor sees that the list holds it, with its note and who added it', async () => {
    await signInAs(api, contributor);
    expect((await summaries(draft.slug)).find((summary) => summary.slug === list.slug)).toEqual({
      slug: list.slug,
      containsResource: true,
    });
    const items = (await api.gql<{ readingList: { items: unknown[] } }>(ITEMS, { slug: list.slug })).data!.readingList
      .items;
    expect(items[1]).toEqual({
      availability: 'AVAILABLE',
      note: `Note sur ${draft.title}`,
      addedBy: { slug: expect.any(String) },
      resource: { slug: draft.slug },
    });
  });
});
