import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeComment, makeMember, makeResource, signInAs } from '../../../test/factories';

const CREATE = `mutation($slug: String!, $markdown: String!, $parentId: ID) { createComment(resourceSlug: $slug, markdown: $markdown, parentId: $parentId) { id html viewerCanEdit } }`;
const THREAD = `query($slug: String!) { resource(slug: $slug) { comments { id html deleted edited author { slug } replies { id html } } } }`;
type Thread = {
  resource: {
    comments: {
      id: string;
      html: string;
      deleted: boolean;
      edited: boolean;
      author: { slug: string } | null;
      replies: { id: string; html: string }[];
    }[];
  };
};

describe('Comments on resources', () => {
  let api: TestApi;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('members comment in sanitised Markdown and reply one level deep; visitors read', async () => {
    api.signOut();
    expect(code(await api.gql(CREATE, { slug: 'decodex', markdown: 'x' }))).toBe('UNAUTHENTICATED');
    await api.signIn('yanis.benali@example.org');
    const created = await api.gql<{ createComment: { id: string; html: string } }>(CREATE, {
      slug: 'decodex',
      markdown: '**Testé** avec une classe <script>alert(1)</script> [lien](javascript:alert(1))',
    });
    // The script is gone and the dangerous link keeps its text, without an href.
    expect(created.data!.createComment.html).toBe('<p><strong>Testé</strong> avec une classe  <a>lien</a></p>');
    await api.signIn('lea.girard@example.org');
    const reply = await api.gql<{ createComment: { id: string } }>(CREATE, {
      slug: 'decodex',
      markdown: 'Merci !',
      parentId: created.data!.createComment.id,
    });
    expect(
      code(
        await api.gql(CREATE, { slug: 'decodex', markdown: 'Trop profond', parentId: reply.data!.createComment.id }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(CREATE, { slug: 'decodex', markdown: '   ' }))).toBe('BAD_USER_INPUT');
    api.signOut();
    const thread = (await api.gql<Thread>(THREAD, { slug: 'decodex' })).data!.resource.comments;
    expect(thread).toHaveLength(1);
    expect(thread[0].replies.map((r) => r.html)).toEqual(['<p>Merci !</p>']);
  });

  it('only the author edits; a coordinator deletes softly and the thread keeps its shape', async () => {
    // A thread of its own: a comment and a reply to it, by two members.
    const resource = await makeResource(api, { visibility: 'public' });
    const [author, other] = [await makeMember(api), await makeMember(api)];
    const first = await makeComment(api, { resourceId: resource.id, authorId: author.id });
    await makeComment(api, { resourceId: resource.id, authorId: other.id, parentId: first.id });
    await signInAs(api, other);
    expect(
      code(await api.gql(`mutation($id: ID!) { updateComment(id: $id, markdown: "pirate") { id } }`, { id: first.id })),
    ).toBe('FORBIDDEN');
    expect(code(await api.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: first.id }))).toBe('FORBIDDEN');
    await api.signIn('camille.durand@example.org');
    expect(await api.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: first.id })).toEqual({
      data: { deleteComment: true },
    });
    const [after] = (await api.gql<Thread>(THREAD, { slug: resource.slug })).data!.resource.comments;
    expect(after).toMatchObject({ id: first.id, deleted: true, html: '' });
    expect(after.replies).toHaveLength(1);
  });

  it('comments of a resource one may not see are not reachable', async () => {
    await api.dataSource.query(`UPDATE resources SET visibility = 'network' WHERE slug = 'thymio'`);
    await api.signIn('yanis.benali@example.org');
    await api.gql(CREATE, { slug: 'thymio', markdown: 'Réservé au réseau' });
    api.signOut();
    expect(code(await api.gql(THREAD, { slug: 'thymio' }))).toBe('NOT_FOUND');
    expect(code(await api.gql(CREATE, { slug: 'thymio', markdown: 'x' }))).toBe('UNAUTHENTICATED');
  });
});
