import { TestApi, startTestApi } from '../../../test/api-harness';
import { DAY_MS, FixedClock } from '../../../test/fixed-clock';
import { DigestService } from './digest.service';

const FOLLOW = `mutation($slug: String!) { setFollow(kind: THEME, slug: $slug, following: true) { slug } }`;
const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`;

describe('Weekly digest', () => {
  let api: TestApi;
  let digest: DigestService;
  // The week a digest is for comes from the API's clock; the suite moves it on instead of passing dates around.
  const clock = new FixedClock();
  const as = (email: string) => api.signIn(email, undefined, { reuse: true });
  const mails = async (to: string): Promise<{ subject: string; text: string }[]> => {
    await api.settleJobs();
    return api.dataSource.query(`SELECT subject, text FROM dev_mails WHERE recipient = $1 ORDER BY sent_at`, [to]);
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
    digest = api.app.get(DigestService);
    for (const email of ['sophie.reynaud@example.org', 'lea.girard@example.org']) {
      await as(email);
      await api.gql(FOLLOW, { slug: 'jeux-video' });
    }
    await as('lea.girard@example.org');
    expect(await api.gql(`mutation { setDigestEnabled(enabled: false) }`)).toEqual({
      data: { setDigestEnabled: false },
    });
    expect((await api.gql(`{ viewer { digestEnabled } }`)).data).toEqual({ viewer: { digestEnabled: false } });
    await as('marc.aubert@example.org');
    await api.gql(CREATE, {
      input: {
        type: 'lecture',
        format: 'article',
        title: 'Jeux vidéo : parler des loot boxes',
        summary: 'Une fiche pour les soirées avec les parents.',
        authors: [],
        language: 'fr',
        visibility: 'network',
        themeSlugs: ['jeux-video'],
        audienceSlugs: ['parents'],
        tags: [],
      },
    });
    // « Now » for the digest: after everything above was written (by PostgreSQL's clock).
    clock.set(new Date());
  });
  afterAll(() => api.close());

  it('previews the digest from « Quoi de neuf » and the unread notifications', async () => {
    await as('sophie.reynaud@example.org');
    const preview = await api.gql<{ digestPreview: { subject: string; text: string; itemCount: number } }>(
      `{ digestPreview { subject text itemCount } }`,
    );
    expect(preview.data!.digestPreview.subject).toMatch(/^Culture commune : \d+ nouveautés? cette semaine$/);
    expect(preview.data!.digestPreview.text).toContain(
      'Jeux vidéo : parler des loot boxes — Marc Aubert (suivi : Jeux vidéo)',
    );
    expect(preview.data!.digestPreview.text).toContain(
      'Nouvelle ressource « Jeux vidéo : parler des loot boxes » dans le thème Jeux vidéo',
    );
    expect(preview.data!.digestPreview.text).toMatch(/\/ressources\/jeux-video-parler-des-loot-boxes/);
  });

  it('sends once per member and week, to those who want it, even with two replicas sending at once', async () => {
    const [first, second] = await Promise.all([digest.sendWeekly(), digest.sendWeekly()]);
    expect(first.sent + second.sent).toBe(1);
    const sophie = await mails('sophie.reynaud@example.org');
    expect(sophie).toHaveLength(1);
    expect(sophie[0].text).toContain('Jeux vidéo : parler des loot boxes');
    expect(sophie[0].text).toContain('Ne plus recevoir cette lettre : http://localhost:');
    // Léa turned it off; Claire follows nothing and has nothing unread.
    expect(await mails('lea.girard@example.org')).toEqual([]);
    expect(await mails('claire.mounier@example.org')).toEqual([]);
    // Run again the same week (another tick, another replica): nothing more.
    expect(await digest.sendWeekly()).toEqual({ sent: 0, empty: 0 });
    // The next week is a new one.
    clock.advance(7 * DAY_MS);
    expect((await digest.sendWeekly()).sent + (await digest.sendWeekly()).sent).toBeLessThanOrEqual(1);
  });
});
