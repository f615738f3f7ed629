import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, makeResource, signInAs } from '../../../test/factories';

const COMMENT = `mutation($slug: String!, $markdown: String!, $parentId: ID) { createComment(resourceSlug: $slug, markdown: $markdown, parentId: $parentId) { id html } }`;
const EDIT = `mutation($id: ID!, $markdown: String!) { updateComment(id: $id, markdown: $markdown) { id html } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { unreadCount hasMore endCursor items { id kind read excerpt commentId actor { slug } resource { slug } theme { slug } } } }`;
const FOLLOW = `mutation($kind: FollowKind!, $slug: String!, $following: Boolean!) { setFollow(kind: $kind, slug: $slug, following: $following) { kind slug label } }`;
const FEED = `query($after: String, $first: Int) { newsFeed(first: $first, after: $after) { followCount hasMore endCursor items { id kind at actor { slug } resource { slug } excerpt because { kind slug } } } }`;
const DEBRIEF = `mutation($slug: String!, $input: DebriefInput!) { createDebrief(resourceSlug: $slug, input: $input) { id } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const UPDATE_RESOURCE = `mutation($slug: String!, $input: ResourceInput!) { updateResource(slug: $slug, input: $input) { slug } }`;

type Notification = {
  id: string;
  kind: string;
  read: boolean;
  excerpt: string | null;
  commentId: string | null;
  actor: { slug: string } | null;
  resource: { slug: string };
  theme: { slug: string } | null;
};
type FeedItem = {
  id: string;
  kind: string;
  at: string;
  actor: { slug: string } | null;
  resource: { slug: string };
  excerpt: string | null;
  because: { kind: string; slug: string }[];
};

const debriefInput = {
  date: '2026-11-20',
  context: 'Collège, classe de 5e',
  audienceSlug: 'adolescents',
  ageBand: '12-13 ans',
  participants: 24,
  durationMinutes: 55,
  parentsPresent: false,
  wentWell: 'Les élèves ont débattu avec passion.',
  toAdjust: 'Prévoir une fiche de synthèse.',
  rating: 4,
};
const resourceInput = (title: string, visibility: string, themeSlugs = ['jeux-video']) => ({
  type: 'lecture',
  format: 'article',
  title,
  summary: `Résumé de ${title}.`,
  authors: ['Réseau'],
  language: 'fr',
  visibility,
  themeSlugs,
  audienceSlugs: ['parents'],
  tags: [],
  year: 2026,
});

describe('Keeping up: mentions, notifications, follows, « Quoi de neuf »', () => {
  let api: TestApi;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const as = (email: string) => api.signIn(email, undefined, { reuse: true });
  const notifications = async (email: string) => {
    await as(email);
    return (await api.gql<{ notifications: { unreadCount: number; items: Notification[] } }>(NOTIFICATIONS)).data!
      .notifications;
  };
  /** Every item, page after page of `size` (the API's cost limit keeps pages small). */
  const wholeFeed = async (size: number) => {
    const items: FeedItem[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await feed({ first: size, after });
      items.push(...page.items);
      if (!page.hasMore) return { items, followCount: page.followCount };
      after = page.endCursor;
    }
  };
  const feed = async (variables: Record<string, unknown> = { first: 10 }) =>
    (
      await api.gql<{
        newsFeed: { followCount: number; hasMore: boolean; endCursor: string | null; items: FeedItem[] };
      }>(FEED, variables)
    ).data!.newsFeed;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('a mention notifies the member once, with the comment’s start, and renders as a link to them, by name', async () => {
    await as('yanis.benali@example.org');
    const created = await api.gql<{ createComment: { id: string; html: string } }>(COMMENT, {
      slug: 'bad-news-game',
      markdown: 'Testé en 4e, @claire-mounier tu devrais essayer ! Écrire à contact@exemple.fr',
    });
    // Issue 13, item 16: a link to the member (it was bold text), named, in the comment and in the excerpts.
    expect(created.data!.createComment.html).toContain('<a href="/membres/claire-mounier">@Claire Mounier</a>');
    expect(created.data!.createComment.html).toContain('contact@exemple.fr');

    const claire = await notifications('claire.mounier@example.org');
    expect(claire.unreadCount).toBe(1);
    expect(claire.items[0]).toMatchObject({
      kind: 'MENTION',
      read: false,
      actor: { slug: 'yanis-benali' },
      resource: { slug: 'bad-news-game' },
      commentId: created.data!.createComment.id,
    });
    expect(claire.items[0].excerpt).toMatch(/^Testé en 4e, @Claire Mounier tu devrais essayer/);
    // « Quoi de neuf » of someone who follows Yanis names her too.
    await as('sophie.reynaud@example.org');
    await api.gql(FOLLOW, { kind: 'MEMBER', slug: 'yanis-benali', following: true });
    const news = (await feed({ first: 20 })).items.find(
      (item) => item.kind === 'COMMENT' && item.actor?.slug === 'yanis-benali',
    );
    expect(news?.excerpt).toMatch(/^Testé en 4e, @Claire Mounier tu devrais essayer/);
    await api.gql(FOLLOW, { kind: 'MEMBER', slug: 'yanis-benali', following: false });

    // Its contributor hears about a comment on their resource; the author is never told about their own comment.
    const nadia = await notifications('nadia.kessler@example.org');
    expect(nadia.items.map((n) => n.kind)).toEqual(['COMMENT_ON_MY_RESOURCE']);
    expect((await notifications('yanis.benali@example.org')).items).toEqual([]);

    // Editing: only people newly mentioned are told.
    await as('yanis.benali@example.org');
    await api.gql(EDIT, {
      id: created.data!.createComment.id,
      markdown: '@claire-mounier et @lea-girard : à tester ensemble ?',
    });
    expect((await notifications('claire.mounier@example.org')).items).toHaveLength(1);
    expect((await notifications('lea.girard@example.org')).items.map((n) => n.kind)).toEqual(['MENTION']);
  });

  it('a reply tells the parent’s author; a mention wins over a reply, one notification per person', async () => {
    await as('lea.girard@example.org');
    const parent = await api.gql<{ createComment: { id: string } }>(COMMENT, {
      slug: 'decodex',
      markdown: 'Quelqu’un l’a utilisé en lycée ?',
    });
    await as('sophie.reynaud@example.org');
    await api.gql(COMMENT, { slug: 'decodex', markdown: 'Oui, en seconde.', parentId: parent.data!.createComment.id });
    await as('marc.aubert@example.org');
    await api.gql(COMMENT, {
      slug: 'decodex',
      markdown: '@lea-girard voir aussi la fiche.',
      parentId: parent.data!.createComment.id,
    });
    const lea = (await notifications('lea.girard@example.org')).items.filter((n) => n.resource.slug === 'decodex');
    expect(lea.map((n) => [n.kind, n.actor?.slug])).toEqual([
      ['MENTION', 'marc-aubert'],
      ['REPLY', 'sophie-reynaud'],
    ]);
  });

  it('a debrief on my tool notifies me; marking read lowers the count', async () => {
    await as('claire.mounier@example.org');
    expect(code(await api.gql(DEBRIEF, { slug: 'vinz-et-lou', input: debriefInput }))).toBe('ok');
    const yanis = await notifications('yanis.benali@example.org');
    expect(yanis.items[0]).toMatchObject({
      kind: 'DEBRIEF_ON_MY_RESOURCE',
      actor: { slug: 'claire-mounier' },
      excerpt: 'Les élèves ont débattu avec passion.',
    });
    expect(yanis.unreadCount).toBe(1);
    expect(
      await api.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [yanis.items[0].id] }),
    ).toEqual({
      data: { markNotificationsRead: 0 },
    });
    expect((await api.gql(`{ unreadNotificationCount }`)).data).toEqual({ unreadNotificationCount: 0 });
    // Someone else's notification cannot be marked read by its id.
    const claire = await notifications('claire.mounier@example.org');
    await as('yanis.benali@example.org');
    await api.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: claire.items.map((n) => n.id) });
    expect((await notifications('claire.mounier@example.org')).unreadCount).toBe(claire.unreadCount);
    expect(code(await api.gql(`mutation { markNotificationsRead(ids: ["nope"]) }`))).toBe('BAD_USER_INPUT');
    api.signOut();
    expect(code(await api.gql(NOTIFICATIONS))).toBe('UNAUTHENTICATED');
    expect((await api.gql(`{ unreadNotificationCount }`)).data).toEqual({ unreadNotificationCount: 0 });
  });

  it('follows: themes, organisations and members; new resources in a followed theme notify once, drafts never', async () => {
    await as('sophie.reynaud@example.org');
    expect(code(await api.gql(FOLLOW, { kind: 'THEME', slug: 'inconnu', following: true }))).toBe('NOT_FOUND');
    expect(code(await api.gql(FOLLOW, { kind: 'MEMBER', slug: 'sophie-reynaud', following: true }))).toBe(
      'BAD_USER_INPUT',
    );
    await api.gql(FOLLOW, { kind: 'THEME', slug: 'jeux-video', following: true });
    await api.gql(FOLLOW, { kind: 'THEME', slug: 'jeux-video', following: true });
    await api.gql(FOLLOW, { kind: 'ORGANISATION', slug: 'crefe', following: true });
    const follows = await api.gql<{ setFollow: { kind: string; slug: string }[] }>(FOLLOW, {
      kind: 'MEMBER',
      slug: 'nadia-kessler',
      following: true,
    });
    expect(follows.data!.setFollow.map((f) => `${f.kind}:${f.slug}`)).toEqual([
      'THEME:jeux-video',
      'ORGANISATION:crefe',
      'MEMBER:nadia-kessler',
    ]);

    await as('marc.aubert@example.org');
    await api.gql(CREATE_RESOURCE, { input: resourceInput('Jeux vidéo en famille : le guide', 'network') });
    const draft = await api.gql<{ createResource: { slug: string } }>(CREATE_RESOURCE, {
      input: resourceInput('Brouillon sur les jeux vidéo', 'draft'),
    });
    let sophie = (await notifications('sophie.reynaud@example.org')).items.filter(
      (n) => n.kind === 'RESOURCE_IN_FOLLOWED_THEME',
    );
    expect(sophie.map((n) => [n.resource.slug, n.theme?.slug, n.actor?.slug])).toEqual([
      ['jeux-video-en-famille-le-guide', 'jeux-video', 'marc-aubert'],
    ]);

    // Published later: followers hear about it then, and only once however often it is edited.
    await as('marc.aubert@example.org');
    const slug = draft.data!.createResource.slug;
    await api.gql(UPDATE_RESOURCE, { slug, input: resourceInput('Brouillon sur les jeux vidéo', 'network') });
    await api.gql(UPDATE_RESOURCE, { slug, input: resourceInput('Brouillon sur les jeux vidéo', 'public') });
    sophie = (await notifications('sophie.reynaud@example.org')).items.filter(
      (n) => n.kind === 'RESOURCE_IN_FOLLOWED_THEME',
    );
    expect(sophie.map((n) => n.resource.slug).sort()).toEqual([slug, 'jeux-video-en-famille-le-guide'].sort());
  });

  it('« Quoi de neuf » lists new resources, debriefs and comments from what one follows, with the reason, newest first', async () => {
    // A reader of its own, following a theme, an organisation and a member; new resources in that theme, one of them
    // the reader's own and one a draft, neither of which may show.
    const reader = await makeMember(api);
    await signInAs(api, reader);
    await api.gql(FOLLOW, { kind: 'THEME', slug: 'jeux-video', following: true });
    await api.gql(FOLLOW, { kind: 'ORGANISATION', slug: 'crefe', following: true });
    await api.gql(FOLLOW, { kind: 'MEMBER', slug: 'nadia-kessler', following: true });
    const contributor = await makeMember(api);
    const shared = await makeResource(api, { themes: ['jeux-video'], contributor });
    const draft = await makeResource(api, { themes: ['jeux-video'], contributor, visibility: 'draft' });
    const own = await makeResource(api, { themes: ['jeux-video'], contributor: reader });
    await as('nadia.kessler@example.org');
    await api.gql(COMMENT, { slug: 'tisseron-3-6-9-12', markdown: 'Une référence pour les parents.' });
    await signInAs(api, reader);
    const { items, followCount } = await wholeFeed(10);
    expect(followCount).toBe(3);
    const byId = new Map(items.map((item) => [`${item.kind}:${item.resource.slug}`, item]));
    expect(byId.get(`RESOURCE:${shared.slug}`)?.because).toEqual([{ kind: 'THEME', slug: 'jeux-video' }]);
    expect(byId.has(`RESOURCE:${draft.slug}`)).toBe(false);
    expect(byId.has(`RESOURCE:${own.slug}`)).toBe(false);
    expect(byId.get('COMMENT:tisseron-3-6-9-12')).toMatchObject({
      actor: { slug: 'nadia-kessler' },
      excerpt: 'Une référence pour les parents.',
    });
    expect(byId.get('COMMENT:tisseron-3-6-9-12')?.because).toContainEqual({ kind: 'MEMBER', slug: 'nadia-kessler' });
    // Newest first, never one's own activity, never a draft.
    const times = items.map((item) => Date.parse(item.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(items.every((item) => item.actor?.slug !== reader.slug)).toBe(true);

    // Pages: the cursor continues exactly where the last page ended, even where times tie (the seed's resources share one).
    const inThrees = (await wholeFeed(3)).items.map((i) => i.id);
    expect(inThrees).toEqual(items.map((i) => i.id));
    expect(new Set(inThrees).size).toBe(inThrees.length);
    expect(inThrees.length).toBeGreaterThan(10);
    expect(code(await api.gql(FEED, { first: 3, after: 'bidon' }))).toBe('BAD_USER_INPUT');

    // Someone who follows nothing gets an empty feed that says so.
    await as('admin@example.org');
    expect(await feed()).toEqual({ followCount: 0, hasMore: false, endCursor: null, items: [] });
    api.signOut();
    expect(code(await api.gql(FEED, { first: 10 }))).toBe('UNAUTHENTICATED');
  });

  it('notifications never reveal a resource the recipient may not see', async () => {
    await as('yanis.benali@example.org');
    const draft = await api.gql<{ createResource: { slug: string } }>(CREATE_RESOURCE, {
      input: resourceInput('Notes privées', 'draft'),
    });
    await api.gql(COMMENT, { slug: draft.data!.createResource.slug, markdown: 'Note pour @lea-girard plus tard' });
    const lea = await notifications('lea.girard@example.org');
    expect(lea.items.some((n) => n.resource.slug === draft.data!.createResource.slug)).toBe(false);

    // A resource made private after the fact drops out of the list and the count.
    await as('claire.mounier@example.org');
    const before = await notifications('claire.mounier@example.org');
    await api.dataSource.query(`UPDATE resources SET visibility = 'draft' WHERE slug = 'bad-news-game'`);
    const after = await notifications('claire.mounier@example.org');
    expect(after.items.some((n) => n.resource.slug === 'bad-news-game')).toBe(false);
    expect(after.items.length).toBe(
      before.items.length - before.items.filter((n) => n.resource.slug === 'bad-news-game').length,
    );
    await api.dataSource.query(`UPDATE resources SET visibility = 'public' WHERE slug = 'bad-news-game'`);
  });

  it('mention candidates: members only, by name without accents', async () => {
    api.signOut();
    expect(code(await api.gql(`{ mentionCandidates(query: "cla") { slug } }`))).toBe('UNAUTHENTICATED');
    await as('yanis.benali@example.org');
    const found = await api.gql<{ mentionCandidates: { slug: string }[] }>(
      `{ mentionCandidates(query: "Mounïer") { slug name } }`,
    );
    expect(found.data!.mentionCandidates.map((m) => m.slug)).toEqual(['claire-mounier']);
    const prefix = await api.gql<{ mentionCandidates: { slug: string }[] }>(
      `{ mentionCandidates(query: "") { slug } }`,
    );
    expect(prefix.data!.mentionCandidates).toHaveLength(8);
  });

  it('a member’s page shows what they shared and the follow state', async () => {
    const author = await makeMember(api);
    const shared = await makeResource(api, { contributor: author });
    const viewer = await makeMember(api);
    await signInAs(api, viewer);
    await api.gql(FOLLOW, { kind: 'THEME', slug: 'jeux-video', following: true });
    await api.gql(FOLLOW, { kind: 'ORGANISATION', slug: 'crefe', following: true });
    await api.gql(FOLLOW, { kind: 'MEMBER', slug: author.slug, following: true });
    const profile = await api.gql<{
      memberProfile: {
        member: { name: string };
        viewerFollows: boolean;
        isViewer: boolean;
        followerCount: number;
        recentResources: { slug: string }[];
      };
    }>(
      `query($slug: String!) { memberProfile(slug: $slug) { member { name organisation { slug } } viewerFollows isViewer followerCount expertise { slug } recentResources { slug } } }`,
      { slug: author.slug },
    );
    expect(profile.data!.memberProfile).toMatchObject({
      member: { name: author.name },
      viewerFollows: true,
      isViewer: false,
      followerCount: 1,
    });
    expect(profile.data!.memberProfile.recentResources.map((r) => r.slug)).toContain(shared.slug);
    expect(code(await api.gql(`{ memberProfile(slug: "personne") { isViewer } }`))).toBe('NOT_FOUND');
    await api.gql(FOLLOW, { kind: 'MEMBER', slug: author.slug, following: false });
    expect(
      (await api.gql<{ myFollows: { slug: string }[] }>(`{ myFollows { slug } }`)).data!.myFollows.map((f) => f.slug),
    ).toEqual(['jeux-video', 'crefe']);
  });
});
