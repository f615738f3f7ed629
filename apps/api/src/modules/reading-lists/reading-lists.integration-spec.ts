import { TestApi, startTestApi } from '../../../test/api-harness';
import { idOf, makeReadingList } from '../../../test/factories';

const LIST_FIELDS = `slug title visibility version viewerRead viewerCanEdit viewerCanManage hasShareLink viaShareLink
  collaborators { slug } participants { member { slug } read readItemIds }
  items { id position note availability titleSnapshot viewerRead resource { slug title } }`;
const CREATE = `mutation($input: ReadingListInput!) { createReadingList(input: $input) { ${LIST_FIELDS} } }`;
const GET = `query($slug: String!, $token: String) { readingList(slug: $slug, shareToken: $token) { ${LIST_FIELDS} } }`;
const ADD = `mutation($slug: String!, $resource: String!, $note: String!) { addReadingListItem(slug: $slug, resourceSlug: $resource, note: $note) { ${LIST_FIELDS} } }`;
const MOVE = `mutation($item: ID!, $after: ID) { moveReadingListItem(itemId: $item, afterItemId: $after) { items { id resource { slug } } } }`;

interface Item {
  id: string;
  position: number;
  note: string;
  availability: string;
  titleSnapshot: string | null;
  viewerRead: boolean;
  resource: { slug: string; title: string } | null;
}
interface List {
  slug: string;
  title: string;
  visibility: string;
  version: number;
  viewerRead: number;
  viewerCanEdit: boolean;
  viewerCanManage: boolean;
  hasShareLink: boolean;
  viaShareLink: boolean;
  collaborators: { slug: string }[];
  participants: { member: { slug: string }; read: number; readItemIds: string[] }[];
  items: Item[];
}

describe('Reading lists', () => {
  let api: TestApi;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const as = (email: string) => (email === 'visitor' ? api.signOut() : api.signIn(email, undefined, { reuse: true }));
  const get = async (slug: string, token?: string) => api.gql<{ readingList: List }>(GET, { slug, token });
  const slugsOf = (list: List) => list.items.map((item) => item.resource?.slug ?? item.availability);

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('the demo list for the December meeting is seeded, in order, with its notes', async () => {
    await as('lea.girard@example.org');
    const { data } = await get('lectures-rencontre-decembre');
    expect(slugsOf(data!.readingList)).toEqual([
      'rapport-commission-ecrans-2024',
      'fiche-soiree-debat-parents',
      'photo-langage-numerique',
      'posture-recherche-action',
    ]);
    expect(data!.readingList.items[0].note).toBe('Lire au moins la synthèse et les recommandations par âge.');
    expect(data!.readingList).toMatchObject({ viewerCanEdit: false, viewerCanManage: false, visibility: 'network' });
    api.signOut();
    expect(code(await get('lectures-rencontre-decembre'))).toBe('NOT_FOUND');
  });

  it('a member creates a list; bad input names each field; items are added once, with notes, and reordered', async () => {
    await as('yanis.benali@example.org');
    const bad = await api.gql(CREATE, { input: { title: '  ', intro: 'x'.repeat(5001), visibility: 'network' } });
    expect(
      (bad.errors![0].extensions as { issues: { field: string; rule: string }[] }).issues.map(
        (i) => `${i.field}:${i.rule}`,
      ),
    ).toEqual(['title:required', 'intro:maxLength']);
    const [{ n: before }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM reading_lists`);
    expect(before).toBe(1);

    const created = await api.gql<{ createReadingList: List }>(CREATE, {
      input: { title: 'Préparer la soirée écrans', intro: 'Pour janvier.', visibility: 'network' },
    });
    expect(created.data!.createReadingList).toMatchObject({
      slug: 'preparer-la-soiree-ecrans',
      viewerCanEdit: true,
      viewerCanManage: true,
      items: [],
    });
    for (const [resource, note] of [
      ['tisseron-3-6-9-12', 'Les repères'],
      ['decodex', ''],
      ['bad-news-game', 'À tester'],
    ]) {
      expect(code(await api.gql(ADD, { slug: 'preparer-la-soiree-ecrans', resource, note }))).toBe('ok');
    }
    const duplicate = await api.gql(ADD, { slug: 'preparer-la-soiree-ecrans', resource: 'decodex', note: '' });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'resourceSlug', rule: 'duplicate' }],
    });
    const long = await api.gql(ADD, {
      slug: 'preparer-la-soiree-ecrans',
      resource: 'vinz-et-lou',
      note: 'n'.repeat(1001),
    });
    expect(long.errors?.[0]?.extensions).toMatchObject({ issues: [{ field: 'note', rule: 'maxLength' }] });

    let list = (await get('preparer-la-soiree-ecrans')).data!.readingList;
    const [tisseron, decodex, badNews] = list.items.map((item) => item.id);
    await api.gql(MOVE, { item: badNews, after: null });
    await api.gql(MOVE, { item: tisseron, after: decodex });
    list = (await get('preparer-la-soiree-ecrans')).data!.readingList;
    expect(slugsOf(list)).toEqual(['bad-news-game', 'decodex', 'tisseron-3-6-9-12']);
    expect(list.items.map((item) => item.position)).toEqual([1, 2, 3]);
    await api.gql(`mutation($id: ID!) { updateReadingListItem(itemId: $id, note: "Lire la synthèse") { slug } }`, {
      id: decodex,
    });
    await api.gql(`mutation($id: ID!) { removeReadingListItem(itemId: $id) { slug } }`, { id: badNews });
    list = (await get('preparer-la-soiree-ecrans')).data!.readingList;
    expect(list.items.map((item) => [item.resource?.slug, item.position, item.note])).toEqual([
      ['decodex', 1, 'Lire la synthèse'],
      ['tisseron-3-6-9-12', 2, 'Les repères'],
    ]);
  });

  it('two collaborators editing at once never lose an item; a move after a removed item is a conflict', async () => {
    // A list of its own, curated by Yanis, holding two resources.
    const made = await makeReadingList(api, {
      curatorId: await idOf(api, 'members', 'yanis-benali'),
      resourceIds: [await idOf(api, 'resources', 'decodex'), await idOf(api, 'resources', 'tisseron-3-6-9-12')],
    });
    await as('yanis.benali@example.org');
    await api.gql(
      `mutation($slug: String!) { addReadingListCollaborator(slug: $slug, memberSlug: "lea-girard") { slug } }`,
      { slug: made.slug },
    );
    const other = await startTestApi({ shareWith: api, indexer: false });
    try {
      await other.signIn('lea.girard@example.org', undefined, { reuse: true });
      const start = (await get(made.slug)).data!.readingList.items.map((item) => item.id);
      // Yanis reorders again and again while Léa adds six resources, through two API processes.
      const toAdd = [
        'vinz-et-lou',
        'internet-sans-crainte',
        'e-enfance-3018',
        'incollables-vie-privee',
        'educnum-cnil',
        'semaine-presse-medias',
      ];
      await Promise.all([
        ...toAdd.map((resource) => other.gql(ADD, { slug: made.slug, resource, note: 'Ajout de Léa' })),
        ...Array.from({ length: 6 }, (_, i) =>
          api.gql(MOVE, { item: start[i % 2], after: i % 3 === 0 ? null : start[(i + 1) % 2] }),
        ),
      ]);
      const list = (await get(made.slug)).data!.readingList;
      expect(new Set(slugsOf(list))).toEqual(new Set(['decodex', 'tisseron-3-6-9-12', ...toAdd]));
      expect(list.items.map((item) => item.position)).toEqual(list.items.map((_, i) => i + 1));

      // Léa removes the item Yanis is about to place something after: his move is refused, nothing is lost.
      const [first, second] = list.items.map((item) => item.id);
      await other.gql(`mutation($id: ID!) { removeReadingListItem(itemId: $id) { slug } }`, { id: second });
      const conflict = await api.gql(MOVE, { item: first, after: second });
      expect(code(conflict)).toBe('CONFLICT');
      expect((await get(made.slug)).data!.readingList.items).toHaveLength(toAdd.length + 1);
    } finally {
      await other.close();
    }
  });

  it('private lists and their items never leak; collaborators edit, others cannot', async () => {
    await as('claire.mounier@example.org');
    await api.gql(CREATE, { input: { title: 'Mes pistes personnelles', intro: '', visibility: 'draft' } });
    await api.gql(ADD, { slug: 'mes-pistes-personnelles', resource: 'decodex', note: 'secret' });
    for (const who of ['visitor', 'lea.girard@example.org', 'camille.durand@example.org', 'admin@example.org']) {
      await as(who);
      expect(code(await get('mes-pistes-personnelles'))).toBe('NOT_FOUND');
      const summaries = await api.gql<{ readingLists: { slug: string }[] }>(`{ readingLists { slug } }`);
      expect(summaries.data!.readingLists.map((l) => l.slug)).not.toContain('mes-pistes-personnelles');
      if (who !== 'visitor')
        expect(code(await api.gql(ADD, { slug: 'mes-pistes-personnelles', resource: 'vinz-et-lou', note: '' }))).toBe(
          'NOT_FOUND',
        );
    }
    // A network list: members read it, only the team edits it.
    const network = await makeReadingList(api, { curatorId: await idOf(api, 'members', 'yanis-benali') });
    await as('claire.mounier@example.org');
    expect(code(await get(network.slug))).toBe('ok');
    expect(code(await api.gql(ADD, { slug: network.slug, resource: 'thymio', note: '' }))).toBe('FORBIDDEN');
    await as('visitor');
    expect(code(await api.gql(CREATE, { input: { title: 'Anonyme', intro: '', visibility: 'public' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a share link gives read-only access and stops working when revoked or replaced', async () => {
    // A private list of its own, Claire's, holding one public resource.
    const list = await makeReadingList(api, {
      curatorId: await idOf(api, 'members', 'claire-mounier'),
      visibility: 'draft',
      resourceIds: [await idOf(api, 'resources', 'decodex')],
    });
    await as('claire.mounier@example.org');
    const url = (
      await api.gql<{ createReadingListShareLink: string }>(
        `mutation { createReadingListShareLink(slug: "${list.slug}") }`,
      )
    ).data!.createReadingListShareLink;
    expect(url).toMatch(new RegExp(`^http://localhost:\\d+/listes/${list.slug}\\?partage=[\\w-]{43}$`));
    const token = new URL(url).searchParams.get('partage')!;
    await as('visitor');
    const shared = (await get(list.slug, token)).data!.readingList;
    expect(shared).toMatchObject({ viaShareLink: true, viewerCanEdit: false, hasShareLink: false });
    // The list is readable; a resource the reader may not see is still not shown (decodex is public: shown).
    expect(shared.items.map((item) => item.resource?.slug)).toEqual(['decodex']);
    expect(code(await get(list.slug, 'faux-jeton'))).toBe('NOT_FOUND');
    await as('lea.girard@example.org');
    expect(code(await api.gql(ADD, { slug: list.slug, resource: 'vinz-et-lou', note: '' }))).toBe('NOT_FOUND');

    await as('claire.mounier@example.org');
    const replaced = (
      await api.gql<{ createReadingListShareLink: string }>(
        `mutation { createReadingListShareLink(slug: "${list.slug}") }`,
      )
    ).data!.createReadingListShareLink;
    await as('visitor');
    expect(code(await get(list.slug, token))).toBe('NOT_FOUND');
    const second = new URL(replaced).searchParams.get('partage')!;
    expect(code(await get(list.slug, second))).toBe('ok');
    await as('claire.mounier@example.org');
    expect(
      (
        await api.gql<{ revokeReadingListShareLink: { hasShareLink: boolean } }>(
          `mutation { revokeReadingListShareLink(slug: "${list.slug}") { hasShareLink } }`,
        )
      ).data,
    ).toEqual({ revokeReadingListShareLink: { hasShareLink: false } });
    await as('visitor');
    expect(code(await get(list.slug, second))).toBe('NOT_FOUND');
  });

  it('each participant marks items read; the curator sees who read what', async () => {
    await as('lea.girard@example.org');
    const list = (await get('lectures-rencontre-decembre')).data!.readingList;
    for (const item of list.items.slice(0, 2)) {
      await api.gql(`mutation($id: ID!) { markReadingListItemRead(itemId: $id, read: true) { viewerRead } }`, {
        id: item.id,
      });
    }
    const mine = (await get('lectures-rencontre-decembre')).data!.readingList;
    expect(mine.viewerRead).toBe(2);
    expect(mine.items.map((item) => item.viewerRead)).toEqual([true, true, false, false]);
    expect(mine.participants).toEqual([]);
    await as('camille.durand@example.org');
    const curator = (await get('lectures-rencontre-decembre')).data!.readingList;
    expect(curator.participants).toContainEqual({
      member: { slug: 'lea-girard' },
      read: 2,
      readItemIds: list.items.slice(0, 2).map((item) => item.id),
    });
    // Issue 13, item 13: the curator, who read nothing, has a row too (0/4), as everyone the list is for.
    expect(curator.participants).toContainEqual({ member: { slug: 'camille-durand' }, read: 0, readItemIds: [] });
    await as('visitor');
    expect(
      code(
        await api.gql(`mutation($id: ID!) { markReadingListItemRead(itemId: $id, read: true) { viewerRead } }`, {
          id: list.items[0].id,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('who has not read: attendees who answered « Oui » show at 0, and « Relancer » mails only those who read nothing', async () => {
    // Sophie answers « Oui » to a meeting the list is attached to; Yanis answers « Non »; neither has read anything.
    await api.dataSource.query(
      `WITH l AS (SELECT id FROM reading_lists WHERE slug = 'lectures-rencontre-decembre'),
            e AS (SELECT id FROM events ORDER BY starts_at DESC LIMIT 1),
            attach AS (INSERT INTO event_reading_lists (event_id, list_id) SELECT e.id, l.id FROM e, l ON CONFLICT DO NOTHING)
       INSERT INTO event_rsvps (event_id, member_id, answer)
       SELECT e.id, m.id, CASE m.slug WHEN 'sophie-reynaud' THEN 'yes' ELSE 'no' END FROM e, members m
       WHERE m.slug IN ('sophie-reynaud', 'yanis-benali')
       ON CONFLICT (event_id, member_id) DO UPDATE SET answer = EXCLUDED.answer`,
    );
    await as('camille.durand@example.org');
    const list = (await get('lectures-rencontre-decembre')).data!.readingList;
    const bySlug = new Map(list.participants.map((p) => [p.member.slug, p.read]));
    expect(bySlug.get('sophie-reynaud')).toBe(0);
    expect(bySlug.has('yanis-benali')).toBe(false);
    const unread = [...bySlug].filter(([slug, read]) => read === 0 && slug !== 'camille-durand').map(([slug]) => slug);

    await as('yanis.benali@example.org');
    expect(code(await api.gql(`mutation { remindReadingListUnread(slug: "lectures-rencontre-decembre") }`))).toBe(
      'FORBIDDEN',
    );
    await api.dataSource.query(`DELETE FROM dev_mails`);
    await as('camille.durand@example.org');
    const reminded = await api.gql<{ remindReadingListUnread: number }>(
      `mutation { remindReadingListUnread(slug: "lectures-rencontre-decembre") }`,
    );
    expect(reminded.data!.remindReadingListUnread).toBe(unread.length);
    await api.settleJobs();
    const mails: { recipient: string; subject: string; text: string }[] = await api.dataSource.query(
      `SELECT recipient, subject, text FROM dev_mails ORDER BY recipient`,
    );
    const emails: { email: string }[] = await api.dataSource.query(
      `SELECT email FROM members WHERE slug = ANY($1) ORDER BY email`,
      [unread],
    );
    expect(mails.map((mail) => mail.recipient)).toEqual(emails.map((row) => row.email));
    expect(mails.map((mail) => mail.recipient)).toContain('sophie.reynaud@example.org');
    expect(mails.map((mail) => mail.recipient)).not.toContain('lea.girard@example.org');
    expect(mails[0].subject).toMatch(/^À lire : « .+ »$/);
    expect(mails[0].text).toContain('/listes/lectures-rencontre-decembre');
  });

  it('« Relancer » goes once a day per list: the next one is refused in plain French and mails no one', async () => {
    // The test above reminded this list already: a second reminder the same day is refused.
    await api.dataSource.query(`DELETE FROM dev_mails`);
    await as('camille.durand@example.org');
    const again = await api.gql(`mutation { remindReadingListUnread(slug: "lectures-rencontre-decembre") }`);
    expect(code(again)).toBe('TOO_MANY_REQUESTS');
    expect(again.errors![0].message).toMatch(
      /^Cette liste a déjà été relancée il y a moins de 24 h\. Vous pourrez relancer dans (2[0-4]|1\d) heures\.$/,
    );
    await api.settleJobs();
    expect(await api.dataSource.query(`SELECT 1 FROM dev_mails`)).toHaveLength(0);

    // Another list is its own: its first reminder goes.
    const other = await makeReadingList(api, { curatorId: await idOf(api, 'members', 'camille-durand') });
    await api.dataSource.query(
      `INSERT INTO reading_list_collaborators (list_id, member_id) SELECT $1, id FROM members WHERE slug = 'lea-girard'`,
      [other.id],
    );
    const first = await api.gql<{ remindReadingListUnread: number }>(
      `mutation($slug: String!) { remindReadingListUnread(slug: $slug) }`,
      { slug: other.slug },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.remindReadingListUnread).toBe(1);
  });

  it('a resource deleted or made private later shows plainly instead of breaking the list', async () => {
    await as('camille.durand@example.org');
    await api.gql(`mutation { deleteResource(slug: "photo-langage-numerique") }`);
    await api.dataSource.query(
      `UPDATE resources SET visibility = 'draft', contributor_id = (SELECT id FROM members WHERE slug = 'camille-durand') WHERE slug = 'posture-recherche-action'`,
    );
    await as('lea.girard@example.org');
    const list = (await get('lectures-rencontre-decembre')).data!.readingList;
    expect(list.items.map((item) => [item.availability, item.resource?.slug ?? null, item.titleSnapshot])).toEqual([
      ['AVAILABLE', 'rapport-commission-ecrans-2024', null],
      ['AVAILABLE', 'fiche-soiree-debat-parents', null],
      ['DELETED', null, expect.stringMatching(/photo/i)],
      ['RESTRICTED', null, null],
    ]);
  });

  it('members discuss a list; its comments follow the list’s access; moderators see reports on them', async () => {
    const COMMENT = `mutation($slug: String!, $markdown: String!, $parentId: ID) { createReadingListComment(listSlug: $slug, markdown: $markdown, parentId: $parentId) { id html } }`;
    const THREAD = `query($slug: String!, $token: String) { readingList(slug: $slug, shareToken: $token) { comments { id html replies { html } } } }`;
    await as('lea.girard@example.org');
    const first = await api.gql<{ createReadingListComment: { id: string; html: string } }>(COMMENT, {
      slug: 'lectures-rencontre-decembre',
      markdown: 'La **synthèse** suffit-elle, @camille-durand ?',
    });
    expect(first.data!.createReadingListComment.html).toBe(
      '<p>La <strong>synthèse</strong> suffit-elle, <a href="/membres/camille-durand">@Camille Durand</a> ?</p>',
    );
    await as('camille.durand@example.org');
    await api.gql(COMMENT, {
      slug: 'lectures-rencontre-decembre',
      markdown: 'Oui, pour commencer.',
      parentId: first.data!.createReadingListComment.id,
    });
    // A reply must stay on the same list.
    await api.gql(CREATE, { input: { title: 'Autre liste', intro: '', visibility: 'network' } });
    expect(
      code(
        await api.gql(COMMENT, {
          slug: 'autre-liste',
          markdown: 'x',
          parentId: first.data!.createReadingListComment.id,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    // Camille, mentioned and curator, gets one notification (the mention); Léa hears of the reply.
    const NOTIFS = `{ notifications(first: 10) { items { kind resource { slug } readingList { slug } commentId actor { slug } } } }`;
    type Notif = {
      kind: string;
      resource: unknown;
      readingList: { slug: string } | null;
      commentId: string;
      actor: { slug: string };
    };
    const camilles = (await api.gql<{ notifications: { items: Notif[] } }>(NOTIFS)).data!.notifications.items.filter(
      (n) => n.readingList,
    );
    expect(camilles).toEqual([
      {
        kind: 'MENTION',
        resource: null,
        readingList: { slug: 'lectures-rencontre-decembre' },
        commentId: first.data!.createReadingListComment.id,
        actor: { slug: 'lea-girard' },
      },
    ]);
    await as('lea.girard@example.org');
    const leas = (await api.gql<{ notifications: { items: Notif[] } }>(NOTIFS)).data!.notifications.items.filter(
      (n) => n.readingList,
    );
    expect(leas.map((n) => [n.kind, n.actor.slug])).toEqual([['REPLY', 'camille-durand']]);
    await as('claire.mounier@example.org');
    await api.gql(COMMENT, { slug: 'lectures-rencontre-decembre', markdown: 'Je lirai le rapport.' });
    await as('camille.durand@example.org');
    const curator = (await api.gql<{ notifications: { items: Notif[] } }>(NOTIFS)).data!.notifications.items.filter(
      (n) => n.readingList,
    );
    expect(curator.map((n) => [n.kind, n.actor.slug])).toEqual([
      ['COMMENT_ON_MY_LIST', 'claire-mounier'],
      ['MENTION', 'lea-girard'],
    ]);
    const thread = (
      await api.gql<{ readingList: { comments: { html: string; replies: { html: string }[] }[] } }>(THREAD, {
        slug: 'lectures-rencontre-decembre',
      })
    ).data!.readingList.comments;
    expect(thread).toHaveLength(2);
    expect(thread[0].replies.map((r) => r.html)).toEqual(['<p>Oui, pour commencer.</p>']);

    // Private list: nobody else reaches its comments; a share link reads the list, not the discussion.
    const priv = await makeReadingList(api, {
      curatorId: await idOf(api, 'members', 'claire-mounier'),
      visibility: 'draft',
    });
    await as('claire.mounier@example.org');
    await api.gql(COMMENT, { slug: priv.slug, markdown: 'Note pour moi et @yanis-benali' });
    const [{ n: leaked }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN reading_lists l ON l.id = n.reading_list_id WHERE l.slug = $1`,
      [priv.slug],
    );
    expect(leaked).toBe(0);
    const url = (
      await api.gql<{ createReadingListShareLink: string }>(
        `mutation { createReadingListShareLink(slug: "${priv.slug}") }`,
      )
    ).data!.createReadingListShareLink;
    await as('lea.girard@example.org');
    expect(code(await api.gql(COMMENT, { slug: priv.slug, markdown: 'Intrusion' }))).toBe('NOT_FOUND');
    await as('visitor');
    expect(code(await api.gql(COMMENT, { slug: 'lectures-rencontre-decembre', markdown: 'Anonyme' }))).toBe(
      'UNAUTHENTICATED',
    );
    const shared = await api.gql<{ readingList: { comments: unknown[] } }>(THREAD, {
      slug: priv.slug,
      token: new URL(url).searchParams.get('partage'),
    });
    expect(shared.data!.readingList.comments).toEqual([]);

    await as('claire.mounier@example.org');
    await api.gql(`mutation($id: ID!) { reportComment(id: $id, reason: "Question hors sujet") }`, {
      id: first.data!.createReadingListComment.id,
    });
    await as('camille.durand@example.org');
    const queue = await api.gql<{ moderationQueue: { resource: unknown; readingList: { slug: string } | null }[] }>(
      `{ moderationQueue { resource { slug } readingList { slug title } } }`,
    );
    expect(queue.data!.moderationQueue).toEqual([
      {
        resource: null,
        readingList: { slug: 'lectures-rencontre-decembre', title: 'Lectures pour la rencontre du 10 décembre' },
      },
    ]);
  });

  it('every change to a list adds exactly one to its version', async () => {
    const list = await makeReadingList(api, {
      curatorId: await idOf(api, 'members', 'claire-mounier'),
      visibility: 'network',
    });
    await as('claire.mounier@example.org');
    const version = async () => (await get(list.slug)).data!.readingList.version;
    const before = await version();
    await api.gql(
      `mutation { updateReadingList(slug: "${list.slug}", input: { title: "Versions", intro: "", visibility: network }) { slug } }`,
    );
    expect(await version()).toBe(before + 1);
    await api.gql(`mutation { createReadingListShareLink(slug: "${list.slug}") }`);
    expect(await version()).toBe(before + 2);
    await api.gql(`mutation { revokeReadingListShareLink(slug: "${list.slug}") { slug } }`);
    expect(await version()).toBe(before + 3);
    await api.gql(ADD, { slug: list.slug, resource: 'decodex', note: '' });
    expect(await version()).toBe(before + 4);
  });
});
