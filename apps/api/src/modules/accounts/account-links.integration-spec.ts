import { TestApi, startTestApi } from '../../../test/api-harness';

type Result = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
const code = (result: Result) => result.errors?.[0]?.extensions?.code ?? 'OK';

/** Issue 11, items 5 and 6: single-use links are cancelled with the ones sent before; invitations to one address. */
describe('Reset links and invitations: one works, the others are spent', () => {
  let api: TestApi;

  /** Every link of that kind mailed to `to`, oldest first (the development mailbox, once the queue has delivered). */
  const links = async (to: string, path: string): Promise<string[]> => {
    await api.settleJobs();
    const rows: { text: string }[] = await api.dataSource.query(
      `SELECT text FROM dev_mails WHERE recipient = $1 ORDER BY sent_at`,
      [to],
    );
    return rows.flatMap((row) => {
      const match = row.text.match(new RegExp(`https?://\\S+${path}\\?jeton=(\\S+)`));
      return match ? [decodeURIComponent(match[1])] : [];
    });
  };
  const reset = (token: string, password: string) =>
    api.gql(`mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { id } }`, {
      t: token,
      p: password,
    });

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('using one reset link cancels the other pending links of the account', async () => {
    await api.gql(`mutation { requestPasswordReset(email: "sophie.reynaud@example.org") }`);
    await api.gql(`mutation { requestPasswordReset(email: "sophie.reynaud@example.org") }`);
    const [first, second] = await links('sophie.reynaud@example.org', '/reinitialiser-mot-de-passe');
    expect(second).toBeDefined();
    expect(code(await reset(second, 'une nouvelle phrase de passe'))).toBe('OK');
    expect(code(await reset(first, 'une autre phrase de passe'))).toBe('NOT_FOUND');
  });

  it('changing one’s password cancels the reset links asked before', async () => {
    await api.gql(`mutation { requestPasswordReset(email: "marc.aubert@example.org") }`);
    const [link] = await links('marc.aubert@example.org', '/reinitialiser-mot-de-passe');
    await api.signIn('marc.aubert@example.org');
    const changed = await api.gql(
      `mutation { changePassword(currentPassword: "culture-commune-demo", newPassword: "une phrase toute neuve") }`,
    );
    expect(changed.errors).toBeUndefined();
    api.signOut();
    expect(code(await reset(link, 'une phrase de l’attaquant'))).toBe('NOT_FOUND');
  });

  it('two invitations for one address: accepting one spends the other, which no longer shows as valid', async () => {
    await api.signIn('camille.durand@example.org');
    const invite = () =>
      api.gql(
        `mutation { inviteMember(input: { email: "zoe.nouvelle@example.org", name: "Zoé Nouvelle", role: member, organisationSlug: "crefe" }) { email } }`,
      );
    expect(code(await invite())).toBe('OK');
    expect(code(await invite())).toBe('OK');
    api.signOut();
    const [first, second] = await links('zoe.nouvelle@example.org', '/invitation');
    expect(second).toBeDefined();
    const accept = (token: string) =>
      api.gql(`mutation($t: String!) { acceptInvitation(token: $t, password: "une phrase de passe solide") { id } }`, {
        t: token,
      });
    expect(code(await accept(second))).toBe('OK');
    api.signOut();
    expect((await api.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: first })).data).toEqual({
      invitation: null,
    });
    expect(code(await accept(first))).toBe('NOT_FOUND');
  });

  it('an invitation for an address that has an account meanwhile answers a clear conflict', async () => {
    await api.signIn('camille.durand@example.org');
    await api.gql(
      `mutation { inviteMember(input: { email: "yann.deja@example.org", name: "Yann Déjà", role: member, organisationSlug: "crefe" }) { email } }`,
    );
    api.signOut();
    const [token] = await links('yann.deja@example.org', '/invitation');
    // The account was made another way meanwhile (an admin, an import).
    await api.dataSource.query(
      `INSERT INTO members (slug, name, email, role) VALUES ('yann-deja', 'Yann Déjà', 'Yann.Deja@example.org', 'member')`,
    );
    expect((await api.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: token })).data).toEqual({
      invitation: null,
    });
    const accepted = await api.gql(
      `mutation($t: String!) { acceptInvitation(token: $t, password: "une phrase de passe solide") { id } }`,
      { t: token },
    );
    expect(code(accepted)).toBe('CONFLICT');
    expect(accepted.errors![0].message).toMatch(/Un compte existe déjà pour yann\.deja@example\.org/);
  });
});
