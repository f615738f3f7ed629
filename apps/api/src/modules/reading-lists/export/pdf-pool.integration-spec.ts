import { existsSync } from 'node:fs';
import { TestApi, startTestApi } from '../../../../test/api-harness';
import { pdfText } from '../../../../test/pdf-text';
import { PdfRendererService } from '../../pdf/pdf-renderer.service';

describe('PDF exports share one browser with a capped number of pages', () => {
  let api: TestApi;

  beforeAll(async () => {
    if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'))
      throw new Error('Chromium is needed for this suite (CHROMIUM_PATH)');
    api = await startTestApi({
      indexer: false,
      // No PDF cache here: this suite is about the pages Chromium renders at once, every request must reach it.
      env: { PDF_MAX_PAGES: '2', PDF_QUEUE_MAX: '6', PDF_QUEUE_WAIT_MS: '60000', PDF_CACHE_MAX_ENTRIES: '0' },
    });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('20 requests at once: at most 2 pages render at once; each answer is a valid PDF or a 503 with Retry-After', async () => {
    const origin = new URL(api.url).origin;
    await api.signIn('camille.durand@example.org', undefined, { reuse: true });
    const [{ title }] = await api.dataSource.query(
      `SELECT title FROM reading_lists WHERE slug = 'lectures-rencontre-decembre'`,
    );
    // Each client reads its answer as it comes, as browsers do.
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${origin}/listes/lectures-rencontre-decembre/export.pdf`, { headers: { cookie: api.cookie } }).then(
          read,
        ),
      ),
    );
    const ok = responses.filter((response) => response.status === 200);
    const busy = responses.filter((response) => response.status === 503);
    expect(ok.length + busy.length).toBe(20);
    // Whatever the timing, the 2 rendering and the 6 waiting are served.
    expect(ok.length).toBeGreaterThanOrEqual(8);
    for (const response of busy) await expectBusy(response);
    for (const { body } of ok) {
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfText(body).replace(/\s+/g, ' ')).toContain(title);
    }
    const load = api.app.get(PdfRendererService).load;
    expect(load.peak).toBeLessThanOrEqual(2);
    expect(load).toMatchObject({ rendering: 0, waiting: 0 });
  });

  it('when the pages and the queue are full, the next request gets 503 with Retry-After at once, and no attachment', async () => {
    const renderer = api.app.get(PdfRendererService);
    await api.signIn('camille.durand@example.org', undefined, { reuse: true });
    // 2 pages rendering and 6 waiting, taken synchronously: the queue is full before the request arrives.
    const held = Array.from({ length: 8 }, () => renderer.render('<h1>Occupé</h1>'));
    expect(renderer.load).toMatchObject({ rendering: 2, waiting: 6 });
    const response = await fetch(`${new URL(api.url).origin}/listes/lectures-rencontre-decembre/export.pdf`, {
      headers: { cookie: api.cookie },
    });
    await expectBusy(await read(response));
    expect((await Promise.all(held)).every((pdf) => pdf.subarray(0, 5).toString() === '%PDF-')).toBe(true);
  });
});

interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function read(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

async function expectBusy(response: Answer): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('10');
  expect(response.headers.get('content-disposition')).toBeNull();
  expect(response.body.toString()).toContain('Trop de PDF');
}
