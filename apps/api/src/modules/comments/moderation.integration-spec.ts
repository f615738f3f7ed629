import { TestApi, startTestApi } from '../../../test/api-harness';
import { MadeMember, makeComment, makeMember, makeReadingList, signInAs } from '../../../test/factories';

const COMMENT = `mutation($slug: String!, $markdown: String!) { createComment(resourceSlug: $slug, markdown: $markdown) { id } }`;
const REPORT = `mutation($id: ID!, $reason: String!) { reportComment(id: $id, reason: $reason) }`;
const QUEUE = `{ moderationQueue { id html hidden reportCount resource { slug } author { slug } reports { reason reporter { slug } } } }`;
const THREAD = `query($slug: String!) { resource(slug: $slug) { comments { id html hidden viewerCanReport viewerReported } } }`;

type QueueItem = {
  id: string;
  html: string;
  hidden: boolean;
  reportCount: number;
  resource: { slug: string };
  reports: { reason: string; reporter: { slug: string } }[];
};
type ThreadComment = { id: string; html: string; hidden: boolean; viewerCanReport: boolean; viewerReported: boolean };

describe('Reports and the moderation queue', () => {
  let api: TestApi;
  let commentId: string;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const as = (email: string) => api.signIn(email, undefined, { reuse: true });
  const thread = async () =>
    (await api.gql<{ resource: { comments: ThreadComment[] } }>(THREAD, { slug: 'decodex' })).data!.resource.comments;
  const queue = async () => (await api.gql<{ moderationQueue: QueueItem[] }>(QUEUE)).data!.moderationQueue;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    await as('yanis.benali@example.org');
    commentId = (
      await api.gql<{ createComment: { id: string } }>(COMMENT, { slug: 'decodex', markdown: 'Un propos **déplacé**' })
    ).data!.createComment.id;
  });
  afterAll(() => api.close());

  it('any other member reports with a reason; the author cannot; the reason is checked', async () => {
    expect(code(await api.gql(REPORT, { id: commentId, reason: 'Je me signale' }))).toBe('FORBIDDEN');
    await as('lea.girard@example.org');
    const short = await api.gql(REPORT, { id: commentId, reason: ' x ' });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'reason', rule: 'minLength' }],
    });
    expect(code(await api.gql(REPORT, { id: commentId, reason: 'y'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(await api.gql(REPORT, { id: commentId, reason: 'Propos blessant envers un collègue' })).toEqual({
      data: { reportComment: true },
    });
    // Reporting twice while a decision is pending changes nothing.
    expect(await api.gql(REPORT, { id: commentId, reason: 'Encore' })).toEqual({ data: { reportComment: true } });
    const [mine] = await thread();
    expect(mine).toMatchObject({ viewerCanReport: true, viewerReported: true });
    await as('claire.mounier@example.org');
    await api.gql(REPORT, { id: commentId, reason: 'Hors sujet' });
    api.signOut();
    expect(code(await api.gql(REPORT, { id: commentId, reason: 'Anonyme' }))).toBe('UNAUTHENTICATED');
    expect((await thread())[0]).toMatchObject({ viewerCanReport: false, viewerReported: false });
  });

  it('only coordinators and admins see the queue, with the text and every pending report', async () => {
    await as('lea.girard@example.org');
    expect(code(await api.gql(QUEUE))).toBe('FORBIDDEN');
    await as('camille.durand@example.org');
    const [item] = await queue();
    expect(item).toMatchObject({
      id: commentId,
      hidden: false,
      reportCount: 2,
      resource: { slug: 'decodex' },
      html: '<p>Un propos <strong>déplacé</strong></p>',
    });
    expect(item.reports.map((r) => [r.reporter.slug, r.reason])).toEqual([
      ['claire-mounier', 'Hors sujet'],
      ['lea-girard', 'Propos blessant envers un collègue'],
    ]);
  });

  it('hiding removes the text for everyone, settles the reports and is audited; restoring brings it back', async () => {
    await as('lea.girard@example.org');
    expect(code(await api.gql(`mutation($id: ID!) { hideComment(id: $id) { id } }`, { id: commentId }))).toBe(
      'FORBIDDEN',
    );
    await as('camille.durand@example.org');
    expect(await api.gql(`mutation($id: ID!) { hideComment(id: $id) { id hidden html } }`, { id: commentId })).toEqual({
      data: { hideComment: { id: commentId, hidden: true, html: '' } },
    });
    api.signOut();
    expect((await thread())[0]).toMatchObject({ id: commentId, hidden: true, html: '' });
    await as('yanis.benali@example.org');
    expect(
      code(
        await api.gql(`mutation($id: ID!) { updateComment(id: $id, markdown: "contournement") { id } }`, {
          id: commentId,
        }),
      ),
    ).toBe('FORBIDDEN');

    await as('camille.durand@example.org');
    const [hidden] = await queue();
    expect(hidden).toMatchObject({
      id: commentId,
      hidden: true,
      reportCount: 0,
      html: '<p>Un propos <strong>déplacé</strong></p>',
    });
    const [{ n: pending }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM comment_reports WHERE resolved_at IS NULL`,
    );
    expect(pending).toBe(0);

    await api.gql(`mutation($id: ID!) { restoreComment(id: $id) { id } }`, { id: commentId });
    expect(await queue()).toEqual([]);
    expect((await thread())[0]).toMatchObject({ hidden: false, html: '<p>Un propos <strong>déplacé</strong></p>' });
    const audit = await api.dataSource.query(
      `SELECT action, subject FROM audit_log WHERE action LIKE 'comment.%' ORDER BY created_at`,
    );
    expect(audit).toEqual([
      { action: 'comment.hidden', subject: commentId },
      { action: 'comment.restored', subject: commentId },
    ]);
  });
});

describe('Moderators moderate what they may see: private reading lists are left to their team', () => {
  let api: TestApi;
  let coordinator: MadeMember;
  let admin: MadeMember;
  let privateList: { id: string; slug: string; title: string };
  let networkList: { id: string; slug: string; title: string };
  let privateComment: string;
  let networkComment: string;
  const LIST_QUEUE = `{ moderationQueue { id html readingList { slug title } } }`;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    const curator = await makeMember(api);
    const reporter = await makeMember(api);
    coordinator = await makeMember(api, { role: 'coordinator' });
    admin = await makeMember(api, { role: 'admin' });
    privateList = await makeReadingList(api, { curatorId: curator.id, visibility: 'draft', title: 'Liste secrète' });
    networkList = await makeReadingList(api, { curatorId: curator.id, visibility: 'network' });
    privateComment = (
      await makeComment(api, { authorId: curator.id, readingListId: privateList.id, markdown: 'Propos privé' })
    ).id;
    networkComment = (await makeComment(api, { authorId: curator.id, readingListId: networkList.id })).id;
    for (const id of [privateComment, networkComment])
      await api.dataSource.query(`INSERT INTO comment_reports (comment_id, reporter_id, reason) VALUES ($1, $2, $3)`, [
        id,
        reporter.id,
        'Propos à vérifier',
      ]);
  });
  afterAll(() => api.close());

  it.each([
    ['coordinator', () => coordinator],
    ['admin', () => admin],
  ])('the %s sees neither the comment nor the title of a private list, and cannot act on it', async (_, who) => {
    await signInAs(api, who());
    const result = await api.gql<{ moderationQueue: { id: string; readingList: { slug: string } | null }[] }>(
      LIST_QUEUE,
    );
    const json = JSON.stringify(result);
    expect(result.data!.moderationQueue.map((item) => item.id)).toEqual([networkComment]);
    expect(json).not.toContain(privateList.slug);
    expect(json).not.toContain('Liste secrète');
    expect(json).not.toContain('Propos privé');
    for (const action of ['hideComment', 'restoreComment'])
      expect(code(await api.gql(`mutation($id: ID!) { ${action}(id: $id) { id } }`, { id: privateComment }))).toBe(
        'NOT_FOUND',
      );
    const [{ hidden, pending }] = await api.dataSource.query(
      `SELECT c.hidden_at IS NOT NULL AS hidden,
              (SELECT count(*)::int FROM comment_reports cr WHERE cr.comment_id = c.id AND cr.resolved_at IS NULL) AS pending
       FROM comments c WHERE c.id = $1`,
      [privateComment],
    );
    expect({ hidden, pending }).toEqual({ hidden: false, pending: 1 });
  });

  it("a network list's reported comment is in the queue and can be hidden and restored", async () => {
    await signInAs(api, coordinator);
    expect(await api.gql(`mutation($id: ID!) { hideComment(id: $id) { id hidden } }`, { id: networkComment })).toEqual({
      data: { hideComment: { id: networkComment, hidden: true } },
    });
    await signInAs(api, admin);
    const queue = (await api.gql<{ moderationQueue: { id: string }[] }>(LIST_QUEUE)).data!.moderationQueue;
    expect(queue.map((item) => item.id)).toEqual([networkComment]);
    expect(
      await api.gql(`mutation($id: ID!) { restoreComment(id: $id) { id hidden } }`, { id: networkComment }),
    ).toEqual({ data: { restoreComment: { id: networkComment, hidden: false } } });
  });
});
