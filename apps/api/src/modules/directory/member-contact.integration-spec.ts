import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, signInAs, type MadeMember } from '../../../test/factories';

const CONTACT = `mutation($input: ContactMemberInput!) { contactMember(input: $input) }`;

/** « Contacter »: a mail to a person through the platform, the sender in Reply-To, rate-limited, never their address. */
describe('Contacting a person from the directory', () => {
  let api: TestApi;
  let sender: MadeMember;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    sender = await makeMember(api, { name: 'Samia Expéditrice' });
  });
  afterAll(() => api.close());

  const contact = (input: Record<string, unknown>) => api.gql<{ contactMember: boolean }>(CONTACT, { input });
  const mailsTo = (recipient: string) =>
    api.dataSource.query(`SELECT subject, text, reply_to FROM dev_mails WHERE recipient = $1 ORDER BY sent_at`, [
      recipient,
    ]);
  const jobCount = async () =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM jobs WHERE queue = 'mail'`))[0].n as number;

  it('a member writes to a person: the mail has the sender in Reply-To, their name and a Culture commune footer', async () => {
    await signInAs(api, sender);
    const profile = await api.gql<{ memberProfile: { directory: { viewerCanContact: boolean } } }>(
      `{ memberProfile(slug: "claire-mounier") { member { name } directory { viewerCanContact acceptsMessages } } }`,
    );
    expect(profile.data!.memberProfile.directory.viewerCanContact).toBe(true);
    // The page never carries the person's address.
    expect(JSON.stringify(profile)).not.toContain('@');

    const sent = await contact({
      memberSlug: 'claire-mounier',
      subject: 'Atelier jeux vidéo',
      message: 'Bonjour, pourriez-vous me conseiller un jeu coopératif pour une soirée famille ?',
    });
    expect(sent).toEqual({ data: { contactMember: true } });
    expect(JSON.stringify(sent)).not.toContain('claire.mounier@');
    await api.settleJobs();
    const [mail] = await mailsTo('claire.mounier@example.org');
    expect(mail.subject).toBe('[Culture commune] Atelier jeux vidéo');
    expect(mail.reply_to).toBe(sender.email);
    expect(mail.text).toContain('Samia Expéditrice');
    expect(mail.text).toContain('un jeu coopératif pour une soirée famille');
    expect(mail.text).toContain('transmis par Culture commune');

    const [audit] = await api.dataSource.query(
      `SELECT actor_id, subject, details FROM audit_log WHERE action = 'member.contacted' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ actor_id: sender.id, subject: 'claire-mounier' });
    expect(JSON.stringify(audit.details)).not.toContain('coopératif');
  });

  it('without a subject, the mail is named after the sender', async () => {
    await signInAs(api, sender);
    expect((await contact({ memberSlug: 'marc-aubert', message: 'Une question sur la parentalité.' })).errors).toBe(
      undefined,
    );
    await api.settleJobs();
    const [mail] = await mailsTo('marc.aubert@example.org');
    expect(mail.subject).toBe('[Culture commune] Message de Samia Expéditrice');
  });

  it('a visitor cannot contact anyone', async () => {
    api.signOut();
    const before = await jobCount();
    const refused = await contact({ memberSlug: 'claire-mounier', message: 'Bonjour' });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await jobCount()).toBe(before);
  });

  it('a person who refuses messages cannot be contacted, and their page says so', async () => {
    await api.signIn('nadia.kessler@example.org');
    const refusedMessages = await api.gql(
      `mutation { updateProfile(input: { name: "Nadia Kessler", expertiseThemeSlugs: ["information-desinformation"],
         directory: { acceptsMessages: false } }) { id } }`,
    );
    expect(refusedMessages.errors).toBeUndefined();
    await signInAs(api, sender);
    const page = await api.gql<{
      memberProfile: { directory: { viewerCanContact: boolean; acceptsMessages: boolean } };
    }>(`{ memberProfile(slug: "nadia-kessler") { directory { viewerCanContact acceptsMessages } } }`);
    expect(page.data!.memberProfile.directory).toEqual({ viewerCanContact: false, acceptsMessages: false });
    const before = await jobCount();
    const refused = await contact({ memberSlug: 'nadia-kessler', message: 'Bonjour' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('Cette personne ne souhaite pas être contactée par la plateforme.');
    expect(await jobCount()).toBe(before);
  });

  it('a deactivated person cannot be contacted, not even by an admin who still sees their page', async () => {
    const leaver = await makeMember(api, { name: 'Léo Parti' });
    await api.dataSource.query(`UPDATE members SET deactivated_at = now() WHERE id = $1`, [leaver.id]);
    await api.signIn('admin@example.org');
    const page = await api.gql<{ memberProfile: { directory: { viewerCanContact: boolean } } }>(
      `query($slug: String!) { memberProfile(slug: $slug) { directory { viewerCanContact } } }`,
      { slug: leaver.slug },
    );
    expect(page.data!.memberProfile.directory.viewerCanContact).toBe(false);
    const before = await jobCount();
    const refused = await contact({ memberSlug: leaver.slug, message: 'Bonjour' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await signInAs(api, sender);
    expect((await contact({ memberSlug: leaver.slug, message: 'Bonjour' })).errors).toBeDefined();
    expect(await jobCount()).toBe(before);
  });

  it('bad input names each field and writes nothing: no mail, no audit, no count against the limit', async () => {
    const writer = await makeMember(api);
    await signInAs(api, writer);
    const before = await jobCount();
    const refused = await contact({ memberSlug: 'claire-mounier', subject: 'x'.repeat(151), message: '   ' });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.issues?.map((issue) => issue.field).sort()).toEqual(['message', 'subject']);
    expect(refused.errors?.[0].message).toContain('Objet : 150 caractères au maximum.');
    expect(refused.errors?.[0].message).toContain('Message : ce champ est obligatoire.');
    expect(await jobCount()).toBe(before);
    expect(
      await api.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'member.contacted' AND actor_id = $1`, [
        writer.id,
      ]),
    ).toEqual([]);
    expect(
      await api.dataSource.query(`SELECT key FROM rate_limits WHERE key LIKE $1`, [`contact%:${writer.id}`]),
    ).toEqual([]);
    const unknown = await contact({ memberSlug: 'personne-inconnue', message: 'Bonjour' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('five messages an hour and twenty a day: the next one is refused with a clear French message', async () => {
    const writer = await makeMember(api);
    await signInAs(api, writer);
    for (let i = 1; i <= 5; i += 1)
      expect((await contact({ memberSlug: 'claire-mounier', message: `Message ${i}` })).errors).toBeUndefined();
    const sixth = await contact({ memberSlug: 'yanis-benali', message: 'Message 6' });
    expect(sixth.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(sixth.errors?.[0].message).toMatch(
      /^Vous avez envoyé beaucoup de messages \(5 par heure et 20 par jour au plus\)\. Réessayez dans \d+ minutes?\.$/,
    );
    await api.settleJobs();
    const mine = await api.dataSource.query(`SELECT count(*)::int AS n FROM dev_mails WHERE reply_to = $1`, [
      writer.email,
    ]);
    expect(mine[0].n).toBe(5);

    // An hour later the hourly window starts again, but the day's count holds (set here at its limit).
    await api.dataSource.query(`UPDATE rate_limits SET window_start = now() - interval '61 minutes' WHERE key = $1`, [
      `contactMessagesPerHour:${writer.id}`,
    ]);
    await api.dataSource.query(`UPDATE rate_limits SET hits = 20 WHERE key = $1`, [
      `contactMessagesPerDay:${writer.id}`,
    ]);
    const overDay = await contact({ memberSlug: 'claire-mounier', message: 'Encore un' });
    expect(overDay.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
