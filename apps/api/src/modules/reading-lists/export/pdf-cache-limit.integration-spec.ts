import { existsSync } from 'node:fs';
import { TestApi, startTestApi } from '../../../../test/api-harness';
import { pdfText } from '../../../../test/pdf-text';
import { RATE_LIMITS } from '../../../security/rate-limits';
import { PdfRendererService } from '../../pdf/pdf-renderer.service';

describe('PDF exports: cached by what they show, limited per client address', () => {
  let api: TestApi;
  let origin: string;
  let renderer: PdfRendererService;
  const path = '/listes/lectures-rencontre-decembre/export.pdf';

  const download = async (url: string, cookie = api.cookie) => {
    const response = await fetch(`${origin}${url}`, { headers: cookie ? { cookie } : {} });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'))
      throw new Error('Chromium is needed for this suite (CHROMIUM_PATH)');
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    origin = new URL(api.url).origin;
    renderer = api.app.get(PdfRendererService);
    await api.signIn('camille.durand@example.org', undefined, { reuse: true });
  });
  afterAll(() => api.close());
  beforeEach(() => api.dataSource.query(`DELETE FROM rate_limits`));

  it('the same document is printed once; a change to the list or to an item’s resource prints it again', async () => {
    const before = renderer.renders;
    const first = await download(path);
    expect(first.status).toBe(200);
    expect(renderer.renders).toBe(before + 1);
    const second = await download(path);
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(renderer.renders).toBe(before + 1);

    await api.dataSource.query(
      `UPDATE reading_lists SET title = 'Lectures revues pour décembre', version = version + 1 WHERE slug = 'lectures-rencontre-decembre'`,
    );
    const renamed = await download(path);
    expect(renderer.renders).toBe(before + 2);
    expect(pdfText(renamed.body).replace(/\s+/g, ' ')).toContain('Lectures revues pour décembre');

    // An item's title comes from its resource: the list's version does not move, the PDF does.
    const [{ id }] = await api.dataSource.query(
      `SELECT r.id FROM reading_list_items i JOIN resources r ON r.id = i.resource_id JOIN reading_lists l ON l.id = i.list_id
       WHERE l.slug = 'lectures-rencontre-decembre' ORDER BY i.position LIMIT 1`,
    );
    await api.dataSource.query(`UPDATE resources SET title = 'Rapport retitré' WHERE id = $1`, [id]);
    const retitled = await download(path);
    expect(renderer.renders).toBe(before + 3);
    expect(pdfText(retitled.body).replace(/\s+/g, ' ')).toContain('Rapport retitré');
    expect((await download(path)).status).toBe(200);
    expect(renderer.renders).toBe(before + 3);
  }, 60_000);

  it('a share-link reader who sees less gets their own PDF, not the member’s', async () => {
    const url = (
      await api.gql<{ createReadingListShareLink: string }>(
        `mutation { createReadingListShareLink(slug: "lectures-rencontre-decembre") }`,
      )
    ).data!.createReadingListShareLink;
    const token = new URL(url).searchParams.get('partage')!;
    await api.dataSource.query(`UPDATE events SET visibility = 'network' WHERE slug = 'rencontre-reseau-2026-12'`);
    try {
      const member = pdfText((await download(path)).body).replace(/\s+/g, ' ');
      const shared = await download(`${path}?partage=${token}`, '');
      expect(shared.status).toBe(200);
      expect(member).toContain('Rencontre du réseau');
      expect(pdfText(shared.body).replace(/\s+/g, ' ')).not.toContain('Rencontre du réseau');
    } finally {
      await api.dataSource.query(`UPDATE events SET visibility = 'public' WHERE slug = 'rencontre-reseau-2026-12'`);
    }
  }, 60_000);

  it(`past ${RATE_LIMITS.pdfExportsPerAddress.max} PDFs in the window, 429 with Retry-After and no attachment; other formats still answer`, async () => {
    const { max, windowSeconds } = RATE_LIMITS.pdfExportsPerAddress;
    for (let i = 0; i < max; i += 1) expect((await download(path)).status).toBe(200);
    const refused = await download(path);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
    expect(refused.headers.get('content-disposition')).toBeNull();
    expect(refused.body.subarray(0, 5).toString()).not.toBe('%PDF-');
    expect((await download('/listes/lectures-rencontre-decembre/export.md')).status).toBe(200);
  }, 120_000);
});
