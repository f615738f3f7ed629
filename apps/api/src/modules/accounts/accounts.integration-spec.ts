import { TestApi, startTestApi } from '../../../test/api-harness';

const VIEWER = `{ viewer { slug role organisation { slug } } }`;
type Viewer = { viewer: { slug: string; role: string; organisation: { slug: string } | null } | null };

describe('Accounts: sign-in, sessions, invitations and password resets', () => {
  let api: TestApi;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const lastMailLink = async (to: string, path: string): Promise<string> => {
    await api.settleJobs();
    const mails = await api.gql<{ devMailbox: { to: string; text: string }[] }>(`{ devMailbox { to text } }`);
    const mail = mails.data!.devMailbox.find((m) => m.to === to);
    const link = mail?.text.match(new RegExp(`https?://\\S+${path}\\?jeton=(\\S+)`));
    if (!link) throw new Error(`No ${path} link mailed to ${to}`);
    return decodeURIComponent(link[1]);
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('signs in a demo member with the demo password (development only) and reports the viewer', async () => {
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer).toBeNull();
    await api.signIn('camille.durand@example.org');
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer).toEqual({
      slug: 'camille-durand',
      role: 'coordinator',
      organisation: { slug: 'grand-chambery' },
    });
  });

  it('refuses a wrong password or unknown address the same way, and logs the failure', async () => {
    api.signOut();
    for (const email of ['camille.durand@example.org', 'nobody@example.org']) {
      const result = await api.gql(
        `mutation { signIn(email: "${email}", password: "pas le bon mot de passe") { id } }`,
      );
      expect(code(result)).toBe('UNAUTHENTICATED');
      expect(result.errors![0].message).toBe('Adresse électronique ou mot de passe incorrect.');
    }
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'sign-in.failed'`,
    );
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('sets an HttpOnly SameSite=Lax cookie, and a signed-out or expired session is refused', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "yanis.benali@example.org", password: "culture-commune-demo") { id } }`,
      }),
    });
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('cc_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    api.cookie = cookie.split(';')[0];
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer?.slug).toBe('yanis-benali');
    await api.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer).toBeNull();

    await api.signIn('yanis.benali@example.org');
    const session = api.cookie;
    await api.gql(`mutation { signOut }`);
    api.cookie = session;
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer).toBeNull();
  });

  it('signs out everywhere', async () => {
    await api.signIn('yanis.benali@example.org');
    const first = api.cookie;
    await api.signIn('yanis.benali@example.org');
    expect(await api.gql(`mutation { signOutEverywhere }`)).toEqual({ data: { signOutEverywhere: true } });
    api.cookie = first;
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer).toBeNull();
  });

  it('an invitation by a coordinator creates an account once; members cannot invite, coordinators cannot invite admins', async () => {
    await api.signIn('yanis.benali@example.org');
    const invite = (role: string, email: string) =>
      api.gql(
        `mutation { inviteMember(input: { email: "${email}", name: "Inès Martin", organisationSlug: "crefe", role: ${role} }) { email expiresAt } }`,
      );
    expect(code(await invite('member', 'ines@example.org'))).toBe('FORBIDDEN');
    await api.signIn('camille.durand@example.org');
    expect(code(await invite('admin', 'ines@example.org'))).toBe('FORBIDDEN');
    expect(code(await invite('member', 'pas-une-adresse'))).toBe('BAD_USER_INPUT');
    expect(code(await invite('member', 'ines@example.org'))).toBe('ok');

    const token = await lastMailLink('ines@example.org', '/invitation');
    api.signOut();
    const shown = await api.gql<{ invitation: { name: string; role: string; organisation: { slug: string } } }>(
      `query($token: String!) { invitation(token: $token) { name role organisation { slug } } }`,
      { token },
    );
    expect(shown.data!.invitation).toEqual({ name: 'Inès Martin', role: 'member', organisation: { slug: 'crefe' } });
    const tooShort = await api.gql(
      `mutation($token: String!) { acceptInvitation(token: $token, password: "court") { slug } }`,
      { token },
    );
    expect(code(tooShort)).toBe('BAD_USER_INPUT');
    const accepted = await api.gql<{ acceptInvitation: { slug: string } }>(
      `mutation($token: String!) { acceptInvitation(token: $token, password: "un mot de passe solide") { slug } }`,
      { token },
    );
    expect(accepted.data!.acceptInvitation.slug).toBe('ines-martin');
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer?.organisation?.slug).toBe('crefe');
    const again = await api.gql(
      `mutation($token: String!) { acceptInvitation(token: $token, password: "un mot de passe solide") { slug } }`,
      { token },
    );
    expect(code(again)).toBe('NOT_FOUND');
    await api.signIn('ines@example.org', 'un mot de passe solide');
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer?.slug).toBe('ines-martin');
  });

  it('a password reset link works once, signs the person in and other sessions out', async () => {
    await api.signIn('lea.girard@example.org');
    const other = api.cookie;
    api.signOut();
    expect(await api.gql(`mutation { requestPasswordReset(email: "lea.girard@example.org") }`)).toEqual({
      data: { requestPasswordReset: true },
    });
    expect(await api.gql(`mutation { requestPasswordReset(email: "inconnu@example.org") }`)).toEqual({
      data: { requestPasswordReset: true },
    });
    const token = await lastMailLink('lea.girard@example.org', '/reinitialiser-mot-de-passe');
    const reset = await api.gql<{ resetPassword: { slug: string } }>(
      `mutation($token: String!) { resetPassword(token: $token, newPassword: "nouveau mot de passe sûr") { slug } }`,
      { token },
    );
    expect(reset.data!.resetPassword.slug).toBe('lea-girard');
    const reused = await api.gql(
      `mutation($token: String!) { resetPassword(token: $token, newPassword: "encore un autre mot") { slug } }`,
      { token },
    );
    expect(code(reused)).toBe('NOT_FOUND');
    api.cookie = other;
    expect((await api.gql<Viewer>(VIEWER)).data!.viewer).toBeNull();
    await api.signIn('lea.girard@example.org', 'nouveau mot de passe sûr');
    const changed = await api.gql(
      `mutation { changePassword(currentPassword: "nouveau mot de passe sûr", newPassword: "troisième mot de passe") }`,
    );
    expect(changed).toEqual({ data: { changePassword: true } });
    expect(
      code(
        await api.gql(`mutation { signIn(email: "lea.girard@example.org", password: "culture-commune-demo") { id } }`),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('updates the profile, naming a bad field', async () => {
    await api.signIn('nadia.kessler@example.org');
    const bad = await api.gql(
      `mutation { updateProfile(input: { name: "Nadia K.", expertiseThemeSlugs: ["inconnu"] }) { name } }`,
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const ok = await api.gql<{ updateProfile: { name: string; title: string; expertise: { slug: string }[] } }>(
      `mutation { updateProfile(input: { name: "Nadia K.", title: "Formatrice", organisationSlug: "frequence-ecoles", expertiseThemeSlugs: ["jeux-video"] }) { name title expertise { slug } } }`,
    );
    expect(ok.data!.updateProfile).toEqual({
      name: 'Nadia K.',
      title: 'Formatrice',
      expertise: [{ slug: 'jeux-video' }],
    });
  });
});

describe('Members administration and the audit log (admins only)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('admins list members, change roles, and read the audit log; others are refused', async () => {
    await api.signIn('camille.durand@example.org');
    expect((await api.gql(`{ memberAccounts { slug } }`)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(
      (await api.gql(`mutation { changeRole(memberSlug: "yanis-benali", role: coordinator) { role } }`)).errors![0]
        .extensions!.code,
    ).toBe('FORBIDDEN');
    await api.signIn('admin@example.org');
    const members = await api.gql<{ memberAccounts: { slug: string; email: string }[] }>(
      `{ memberAccounts { slug email } }`,
    );
    expect(members.data!.memberAccounts.map((m) => m.slug)).toContain('yanis-benali');
    const changed = await api.gql<{ changeRole: { role: string } }>(
      `mutation { changeRole(memberSlug: "yanis-benali", role: coordinator) { role } }`,
    );
    expect(changed.data!.changeRole.role).toBe('coordinator');
    await api.gql(`mutation { deleteResource(slug: "decodex") }`);
    await api.gql(`mutation { signIn(email: "admin@example.org", password: "faux mot de passe") { id } }`);
    await api.signIn('admin@example.org');
    const log = await api.gql<{ auditLog: { action: string; subject: string | null; details: string }[] }>(
      `{ auditLog(limit: 20) { action subject details } }`,
    );
    const actions = log.data!.auditLog.map((entry) => `${entry.action}:${entry.subject}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'role.changed:yanis-benali',
        'resource.deleted:decodex',
        'sign-in.failed:admin@example.org',
      ]),
    );
    expect(JSON.parse(log.data!.auditLog.find((entry) => entry.action === 'role.changed')!.details)).toEqual({
      from: 'member',
      to: 'coordinator',
    });
  });
});
