import { TestApi, startTestApi } from '../../../test/api-harness';
import { FixedClock } from '../../../test/fixed-clock';
import { DigestService } from '../digest/digest.service';

/**
 * Members administration (issue 14): pending invitations resent and revoked, the welcome step after accepting one,
 * and deactivating a member (signed out, refused, out of the directory and of mails, contributions kept) and back.
 */
describe('Members administration: invitations, welcome, deactivation', () => {
  let api: TestApi;
  const clock = new FixedClock();
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const as = (email: string) => api.signIn(email, undefined, { reuse: true });
  const asAdmin = () => as('admin@example.org');
  const mailsTo = async (to: string): Promise<{ subject: string; text: string }[]> => {
    await api.settleJobs();
    return api.dataSource.query(`SELECT subject, text FROM dev_mails WHERE recipient = $1 ORDER BY sent_at, id`, [to]);
  };
  const lastInvitationToken = async (to: string): Promise<string> => {
    const mails = await mailsTo(to);
    const link = mails.at(-1)?.text.match(/\/invitation\?jeton=(\S+)/);
    if (!link) throw new Error(`No invitation mailed to ${to}`);
    return decodeURIComponent(link[1]);
  };
  const invite = async (email: string, name: string) => {
    const result = await api.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { email } }`, {
      input: { email, name, organisationSlug: 'mediatheque-chambery', role: 'member' },
    });
    if (result.errors) throw new Error(result.errors[0].message);
  };
  type Pending = {
    id: string;
    email: string;
    organisation: { slug: string };
    invitedBy: string | null;
    sentAt: string;
    expiresAt: string;
    expired: boolean;
  };
  const pending = async (): Promise<Pending[]> =>
    (
      await api.gql<{ pendingInvitations: Pending[] }>(
        `{ pendingInvitations { id email organisation { slug } invitedBy sentAt expiresAt expired } }`,
      )
    ).data!.pendingInvitations;
  const status = async (token: string) =>
    (
      await api.gql<{ invitationStatus: string }>(`query($token: String!) { invitationStatus(token: $token) }`, {
        token,
      })
    ).data!.invitationStatus;
  const accept = (token: string) =>
    api.gql(
      `mutation($token: String!) { acceptInvitation(token: $token, password: "Un mot de passe solide 42") { slug } }`,
      {
        token,
      },
    );
  const audit = async (action: string): Promise<{ subject: string }[]> =>
    api.dataSource.query(`SELECT subject FROM audit_log WHERE action = $1 ORDER BY id`, [action]);
  const directorySlugs = async (q: string): Promise<string[]> => {
    await api.drain();
    const result = await api.gql<{ directory: { hits: { slug: string }[] } }>(
      `query($q: String!) { directory(input: { q: $q }) { hits { slug } } }`,
      { q },
    );
    return result.data!.directory.hits.map((hit) => hit.slug);
  };
  const profile = async (slug: string) =>
    code(await api.gql(`query($slug: String!) { memberProfile(slug: $slug) { member { name } } }`, { slug }));

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  describe('pending invitations', () => {
    let resentToken: string;

    it('lists pending invitations with their organisation, who invited, when sent and when they expire', async () => {
      await asAdmin();
      await invite('ines.moreau@example.org', 'Inès Moreau');
      await invite('paul.roux@example.org', 'Paul Roux');
      const list = await pending();
      const ines = list.find((invitation) => invitation.email === 'ines.moreau@example.org')!;
      expect(ines).toMatchObject({
        organisation: { slug: 'mediatheque-chambery' },
        invitedBy: 'Administrateur',
        expired: false,
      });
      const days = (Date.parse(ines.expiresAt) - Date.parse(ines.sentAt)) / 86_400_000;
      expect(Math.round(days)).toBe(14);
      expect(list.map((invitation) => invitation.email)).toContain('paul.roux@example.org');
    });

    it('resending mails a new link with a new expiry, and the old link no longer works', async () => {
      const oldToken = await lastInvitationToken('ines.moreau@example.org');
      const ines = (await pending()).find((invitation) => invitation.email === 'ines.moreau@example.org')!;
      // Expired meanwhile: resending is how an admin gives a second chance.
      await api.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE id = $1`, [
        ines.id,
      ]);
      expect((await pending()).find((invitation) => invitation.id === ines.id)!.expired).toBe(true);
      const resent = await api.gql<{ resendInvitation: Pending }>(
        `mutation($id: ID!) { resendInvitation(id: $id) { id email sentAt expiresAt expired } }`,
        { id: ines.id },
      );
      expect(resent.data!.resendInvitation.expired).toBe(false);
      expect(Date.parse(resent.data!.resendInvitation.expiresAt)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
      resentToken = await lastInvitationToken('ines.moreau@example.org');
      expect(resentToken).not.toBe(oldToken);
      expect(await mailsTo('ines.moreau@example.org')).toHaveLength(2);
      api.signOut();
      expect(await status(oldToken)).toBe('INVALID');
      expect(code(await accept(oldToken))).toBe('NOT_FOUND');
      expect(await status(resentToken)).toBe('VALID');
      expect(await audit('invitation.resent')).toEqual([{ subject: 'ines.moreau@example.org' }]);
    });

    it('revoking makes the link unusable, its page says it was revoked, and it leaves the list', async () => {
      await asAdmin();
      const paul = (await pending()).find((invitation) => invitation.email === 'paul.roux@example.org')!;
      const token = await lastInvitationToken('paul.roux@example.org');
      expect(await api.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: paul.id })).toEqual({
        data: { revokeInvitation: paul.id },
      });
      expect((await pending()).map((invitation) => invitation.id)).not.toContain(paul.id);
      // Neither revoked twice nor resent once revoked.
      expect(code(await api.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: paul.id }))).toBe(
        'NOT_FOUND',
      );
      expect(code(await api.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: paul.id }))).toBe(
        'NOT_FOUND',
      );
      api.signOut();
      expect(await status(token)).toBe('REVOKED');
      expect((await api.gql(`query($token: String!) { invitation(token: $token) { email } }`, { token })).data).toEqual(
        { invitation: null },
      );
      expect(code(await accept(token))).toBe('NOT_FOUND');
      expect(await audit('invitation.revoked')).toEqual([{ subject: 'paul.roux@example.org' }]);
    });

    describe('the welcome step', () => {
      type Viewer = {
        slug: string;
        title: string | null;
        organisation: { slug: string } | null;
        expertise: { slug: string }[];
      };
      const VIEWER = `{ viewer { slug title organisation { slug } expertise { slug } } }`;
      const WELCOME = `mutation($input: WelcomeInput!) { completeWelcome(input: $input) { slug } }`;

      it('saves function, expertise and followed themes in one go, and the directory shows the newcomer', async () => {
        api.signOut();
        expect(code(await accept(resentToken))).toBe('ok');
        // An unknown theme names the field and saves nothing.
        const refused = await api.gql(WELCOME, {
          input: { title: 'Médiatrice', expertiseThemeSlugs: ['jeux-video'], followThemeSlugs: ['inconnu'] },
        });
        expect(refused.errors![0].extensions!.issues![0]).toMatchObject({ field: 'followThemeSlugs', rule: 'unknown' });
        expect((await api.gql<{ viewer: Viewer }>(VIEWER)).data!.viewer.title).toBeNull();

        const saved = await api.gql(WELCOME, {
          input: {
            title: 'Médiatrice jeux vidéo',
            organisationSlug: 'mediatheque-chambery',
            expertiseThemeSlugs: ['jeux-video'],
            followThemeSlugs: ['jeux-video', 'education-image'],
          },
        });
        expect(saved.errors).toBeUndefined();
        expect((await api.gql<{ viewer: Viewer }>(VIEWER)).data!.viewer).toEqual({
          slug: 'ines-moreau',
          title: 'Médiatrice jeux vidéo',
          organisation: { slug: 'mediatheque-chambery' },
          expertise: [{ slug: 'jeux-video' }],
        });
        const follows = await api.gql<{ myFollows: { slug: string }[] }>(`{ myFollows { slug } }`);
        expect(follows.data!.myFollows.map((follow) => follow.slug).sort()).toEqual(['education-image', 'jeux-video']);
        const news = await api.gql<{ newsFeed: { followCount: number } }>(`{ newsFeed { followCount } }`);
        expect(news.data!.newsFeed.followCount).toBe(2);
        expect(await directorySlugs('Médiatrice jeux vidéo')).toContain('ines-moreau');
      });

      it('can be skipped: the account works, and an empty welcome keeps the organisation of the invitation', async () => {
        await asAdmin();
        await invite('rose.petit@example.org', 'Rose Petit');
        api.signOut();
        expect(code(await accept(await lastInvitationToken('rose.petit@example.org')))).toBe('ok');
        expect((await api.gql<{ viewer: Viewer }>(VIEWER)).data!.viewer.organisation).toEqual({
          slug: 'mediatheque-chambery',
        });
        const news = await api.gql<{ newsFeed: { followCount: number } }>(`{ newsFeed { followCount } }`);
        expect(news.data!.newsFeed.followCount).toBe(0);
        expect(code(await api.gql(WELCOME, { input: { expertiseThemeSlugs: [], followThemeSlugs: [] } }))).toBe('ok');
        expect((await api.gql<{ viewer: Viewer }>(VIEWER)).data!.viewer).toMatchObject({
          title: null,
          organisation: { slug: 'mediatheque-chambery' },
        });
      });
    });
  });

  describe('deactivating a member', () => {
    let claireCookie: string;
    let claireResource: string;
    const DEACTIVATE = `mutation($slug: String!) { deactivateMember(memberSlug: $slug) { slug deactivatedAt } }`;
    const REACTIVATE = `mutation($slug: String!) { reactivateMember(memberSlug: $slug) { slug deactivatedAt } }`;

    beforeAll(async () => {
      for (const email of ['claire.mounier@example.org', 'yanis.benali@example.org']) {
        await as(email);
        await api.gql(`mutation { setFollow(kind: THEME, slug: "jeux-video", following: true) { slug } }`);
      }
      await as('claire.mounier@example.org');
      claireCookie = api.cookie;
      const created = await api.gql<{ createResource: { slug: string } }>(
        `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`,
        {
          input: {
            type: 'outil',
            format: 'quiz',
            title: 'Quiz des jeux vidéo en famille',
            summary: 'Un quiz pour les après-midi en famille.',
            authors: [],
            language: 'fr',
            visibility: 'public',
            themeSlugs: ['jeux-video'],
            audienceSlugs: [],
            tags: [],
          },
        },
      );
      claireResource = created.data!.createResource.slug;
      expect(await directorySlugs('Claire Mounier')).toContain('claire-mounier');
    });

    it('signs them out at once and refuses their sign-in with a clear message', async () => {
      await asAdmin();
      const result = await api.gql<{ deactivateMember: { deactivatedAt: string | null } }>(DEACTIVATE, {
        slug: 'claire-mounier',
      });
      expect(result.data!.deactivateMember.deactivatedAt).not.toBeNull();
      api.cookie = claireCookie;
      expect((await api.gql(`{ viewer { slug } }`)).data).toEqual({ viewer: null });
      api.signOut();
      const signIn = await api.gql(
        `mutation { signIn(email: "claire.mounier@example.org", password: "culture-commune-demo") { id } }`,
      );
      expect(code(signIn)).toBe('UNAUTHENTICATED');
      expect(signIn.errors![0].message).toMatch(/désactivé/);
      // A wrong password still says only « incorrect »: the deactivation is told to whoever knows the password.
      const wrong = await api.gql(`mutation { signIn(email: "claire.mounier@example.org", password: "non") { id } }`);
      expect(wrong.errors![0].message).toBe('Adresse électronique ou mot de passe incorrect.');
      expect(await audit('member.deactivated')).toEqual([{ subject: 'claire-mounier' }]);
    });

    it('hides them from the directory and their page for visitors and members; admins still open the page', async () => {
      api.signOut();
      expect(await directorySlugs('Claire Mounier')).not.toContain('claire-mounier');
      expect(await profile('claire-mounier')).toBe('NOT_FOUND');
      await as('yanis.benali@example.org');
      expect(await directorySlugs('Claire Mounier')).not.toContain('claire-mounier');
      expect(await profile('claire-mounier')).toBe('NOT_FOUND');
      const organisation = await api.gql<{ organisationPage: { members: { slug: string }[] } }>(
        `{ organisationPage(slug: "mediatheque-chambery") { members { slug } } }`,
      );
      expect(organisation.data!.organisationPage.members.map((member) => member.slug)).not.toContain('claire-mounier');
      await asAdmin();
      expect(await directorySlugs('Claire Mounier')).not.toContain('claire-mounier');
      expect(await profile('claire-mounier')).toBe('ok');
      const page = await api.gql<{ memberProfile: { deactivatedAt: string | null } }>(
        `{ memberProfile(slug: "claire-mounier") { deactivatedAt } }`,
      );
      expect(page.data!.memberProfile.deactivatedAt).not.toBeNull();
      expect((await api.checkDrift('directory')).stale).toEqual([]);
    });

    it('keeps their contributions under their name', async () => {
      api.signOut();
      const resource = await api.gql<{ resource: { contributor: { name: string } | null } }>(
        `query($slug: String!) { resource(slug: $slug) { contributor { name } } }`,
        { slug: claireResource },
      );
      expect(resource.data!.resource.contributor).toEqual({ name: 'Claire Mounier' });
    });

    it('stops their mails: no digest, no password reset link', async () => {
      await as('marc.aubert@example.org');
      await api.gql(`mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`, {
        input: {
          type: 'lecture',
          format: 'article',
          title: 'Jeux vidéo : les loot boxes expliquées',
          summary: 'Pour les soirées parents.',
          authors: [],
          language: 'fr',
          visibility: 'network',
          themeSlugs: ['jeux-video'],
          audienceSlugs: [],
          tags: [],
        },
      });
      clock.set(new Date());
      await api.app.get(DigestService).sendWeekly();
      api.signOut();
      await api.gql(`mutation { requestPasswordReset(email: "claire.mounier@example.org") }`);
      expect(await mailsTo('claire.mounier@example.org')).toEqual([]);
      // The same week's digest reached an active follower of the theme.
      expect((await mailsTo('yanis.benali@example.org')).map((mail) => mail.subject)).toEqual([
        expect.stringMatching(/^Culture commune : \d+ nouveautés? cette semaine$/),
      ]);
      const [{ count }] = await api.dataSource.query(
        `SELECT count(*)::int AS count FROM notifications n JOIN members m ON m.id = n.recipient_id
         WHERE m.slug = 'claire-mounier'`,
      );
      expect(count).toBe(0);
    });

    it('reactivation gives back sign-in, the directory and the page', async () => {
      await asAdmin();
      const result = await api.gql<{ reactivateMember: { deactivatedAt: string | null } }>(REACTIVATE, {
        slug: 'claire-mounier',
      });
      expect(result.data!.reactivateMember.deactivatedAt).toBeNull();
      api.signOut();
      expect(await directorySlugs('Claire Mounier')).toContain('claire-mounier');
      expect(await profile('claire-mounier')).toBe('ok');
      await api.signIn('claire.mounier@example.org');
      expect((await api.gql(`{ viewer { slug } }`)).data).toEqual({ viewer: { slug: 'claire-mounier' } });
      expect(await audit('member.reactivated')).toEqual([{ subject: 'claire-mounier' }]);
    });

    it('an admin cannot deactivate themself', async () => {
      await asAdmin();
      const result = await api.gql(DEACTIVATE, { slug: 'admin' });
      expect(code(result)).toBe('FORBIDDEN');
      expect(result.errors![0].message).toBe('Vous ne pouvez pas désactiver votre propre compte.');
    });

    it('of two admins deactivating each other at once, one wins and an active admin remains', async () => {
      await asAdmin();
      await api.gql(`mutation { changeRole(memberSlug: "marc-aubert", role: admin) { slug } }`);
      const adminCookie = api.cookie;
      await api.signIn('marc.aubert@example.org');
      const marcCookie = api.cookie;
      const post = (cookie: string, slug: string) =>
        fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: DEACTIVATE, variables: { slug } }),
        }).then((response) => response.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>);
      const outcomes = await Promise.all([post(adminCookie, 'marc-aubert'), post(marcCookie, 'admin')]);
      const codes = outcomes.map(code);
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      // The loser was either refused as the last admin, or already signed out when its request came in.
      expect(codes.filter((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')).toHaveLength(1);
      const [{ active }] = await api.dataSource.query(
        `SELECT count(*)::int AS active FROM members WHERE role = 'admin' AND deactivated_at IS NULL`,
      );
      expect(active).toBe(1);
    });
  });
});
