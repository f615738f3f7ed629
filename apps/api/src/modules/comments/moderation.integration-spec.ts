import { TestApi, startTestApi } from '../../../test/api-harness';

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
