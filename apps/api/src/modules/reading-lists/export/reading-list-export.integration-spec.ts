import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseRis } from 'astrocite-ris';
import { entries as parseBibtex } from 'bibtex-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { TestApi, startTestApi } from '../../../../test/api-harness';
import { pdfText } from '../../../../test/pdf-text';
import { idOf, makeEvent, makeReadingList } from '../../../../test/factories';
import { FixedClock } from '../../../../test/fixed-clock';

describe('Exports of a reading list, parsed back by real parsers', () => {
  let api: TestApi;
  let origin: string;
  let token: string;
  let titles: string[];
  // Which meeting a list prepares (the next one, else the latest past one) depends on the API's clock.
  const clock = new FixedClock();

  const download = async (path: string, cookie = api.cookie) => {
    const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {} });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
    origin = new URL(api.url).origin;
    titles = (
      await api.dataSource.query(
        `SELECT r.title FROM reading_list_items i JOIN resources r ON r.id = i.resource_id JOIN reading_lists l ON l.id = i.list_id
       WHERE l.slug = 'lectures-rencontre-decembre' ORDER BY i.position`,
      )
    ).map((row: { title: string }) => row.title);
    expect(titles).toHaveLength(4);
    await api.signIn('camille.durand@example.org', undefined, { reuse: true });
    const url = (
      await api.gql<{ createReadingListShareLink: string }>(
        `mutation { createReadingListShareLink(slug: "lectures-rencontre-decembre") }`,
      )
    ).data!.createReadingListShareLink;
    token = new URL(url).searchParams.get('partage')!;
  });
  afterAll(() => api.close());

  it('Markdown: title, meeting, introduction, numbered items with notes and links', async () => {
    const { status, type, body } = await download('/listes/lectures-rencontre-decembre/export.md');
    expect(status).toBe(200);
    expect(type).toBe('text/markdown; charset=utf-8');
    const text = body.toString('utf8');
    expect(text).toMatch(/^# Lectures pour la rencontre du 10 décembre\n/);
    expect(text).toContain(
      '**Rencontre :** Rencontre du réseau éducation aux médias — jeudi 10 décembre 2026 à 09:30, Médiathèque de Chambéry',
    );
    expect(text).toContain('   > Lire au moins la synthèse et les recommandations par âge.');
    expect(text).toMatch(/^1\. \[.+\]\(http:\/\/localhost:\d+\/ressources\/rapport-commission-ecrans-2024\)/m);
  });

  it('names the next meeting the list prepares, else the latest past one, by the API clock', async () => {
    const list = await makeReadingList(api, { curatorId: await idOf(api, 'members', 'camille-durand') });
    const [winter, summer] = [
      await makeEvent(api, { startsAt: new Date('2026-01-15T17:00:00Z'), title: 'Rencontre d’hiver' }),
      await makeEvent(api, { startsAt: new Date('2026-06-15T17:00:00Z'), title: 'Rencontre d’été' }),
    ];
    for (const event of [summer, winter])
      await api.dataSource.query(`INSERT INTO event_reading_lists (event_id, list_id) VALUES ($1, $2)`, [
        event.id,
        list.id,
      ]);
    const meeting = async (now: string) => {
      clock.set(now);
      const text = (await download(`/listes/${list.slug}/export.md`)).body.toString('utf8');
      return /\*\*Rencontre :\*\* ([^—\n]+) —/.exec(text)?.[1];
    };
    try {
      expect(await meeting('2025-12-01T12:00:00Z')).toBe('Rencontre d’hiver');
      expect(await meeting('2026-03-01T12:00:00Z')).toBe('Rencontre d’été');
      expect(await meeting('2026-08-01T12:00:00Z')).toBe('Rencontre d’été');
    } finally {
      clock.set(new Date());
    }
  });

  it('CSV: one row per item, in order, with the notes (csv-parse)', async () => {
    const { type, body } = await download('/listes/lectures-rencontre-decembre/export.csv');
    expect(type).toBe('text/csv; charset=utf-8');
    const rows: Record<string, string>[] = parseCsv(body, { columns: true, bom: true, delimiter: ';' });
    expect(rows.map((row) => row.titre)).toEqual(titles);
    const commas = (await download('/listes/lectures-rencontre-decembre/export.csv?separateur=virgule')).body;
    expect(
      (parseCsv(commas, { columns: true, bom: true }) as Record<string, string>[]).map((row) => row.titre),
    ).toEqual(titles);
    expect(rows.map((row) => row.position)).toEqual(['1', '2', '3', '4']);
    expect(rows[0].note).toBe('Lire au moins la synthèse et les recommandations par âge.');
    expect(rows.every((row) => row['état'] === 'disponible')).toBe(true);
  });

  it('RIS (astrocite-ris and Citation.js), BibTeX (bibtex-parse) and CSL-JSON carry every reading', async () => {
    const ris = (await download('/listes/lectures-rencontre-decembre/export.ris')).body.toString('utf8');
    expect(parseRis(ris).map((item: { title: string }) => item.title)).toEqual(titles);
    expect(new Cite(ris).data.map((item) => item.title)).toEqual(titles);

    const bib = (await download('/listes/lectures-rencontre-decembre/export.bib')).body.toString('utf8');
    const entries = parseBibtex(bib) as { TITLE: string; NOTE?: string; URL?: string }[];
    expect(entries.map((entry) => entry.TITLE.replace(/[{}]/g, ''))).toEqual(titles);
    expect(entries[0].NOTE).toBe('Lire au moins la synthèse et les recommandations par âge.');

    const csl = JSON.parse(
      (await download('/listes/lectures-rencontre-decembre/export.json')).body.toString('utf8'),
    ) as { id: string; title: string; type: string }[];
    expect(csl.map((item) => item.title)).toEqual(titles);
    expect(csl[0]).toMatchObject({ id: 'rapport-commission-ecrans-2024', type: expect.any(String) });
  });

  it('the print page and its PDF show the title, the meeting and every item', async () => {
    const page = await download('/listes/lectures-rencontre-decembre/impression');
    expect(page.type).toBe('text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    expect(html).toContain('<h1>Lectures pour la rencontre du 10 décembre</h1>');
    expect(html).not.toContain('<script');
    if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))
      throw new Error('Chromium is needed for the PDF export (CHROMIUM_PATH)');
    const pdf = await download('/listes/lectures-rencontre-decembre/export.pdf');
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const flat = pdfText(pdf.body).replace(/\s+/g, ' ');
    expect(flat).toContain('Lectures pour la rencontre du 10 décembre');
    expect(flat).toContain('Médiathèque de Chambéry');
    for (const title of titles) expect(flat).toContain(title.replace(/\s+/g, ' '));
  }, 60_000);

  it('follows the list’s access: visitors get 404, the share link opens the exports, and stops when revoked', async () => {
    expect((await download('/listes/lectures-rencontre-decembre/export.md', '')).status).toBe(404);
    expect((await download(`/listes/lectures-rencontre-decembre/export.csv?partage=${token}`, '')).status).toBe(200);
    // A network-only meeting is not revealed to someone reading through the link without an account.
    await api.dataSource.query(`UPDATE events SET visibility = 'network' WHERE slug = 'rencontre-reseau-2026-12'`);
    const shared = (await download(`/listes/lectures-rencontre-decembre/export.md?partage=${token}`, '')).body.toString(
      'utf8',
    );
    expect(shared).not.toContain('Rencontre du réseau');
    expect((await download('/listes/lectures-rencontre-decembre/export.md')).body.toString('utf8')).toContain(
      '**Rencontre :** Rencontre du réseau',
    );
    await api.dataSource.query(`UPDATE events SET visibility = 'public' WHERE slug = 'rencontre-reseau-2026-12'`);
    expect((await download('/listes/lectures-rencontre-decembre/export.docx')).status).toBe(404);
    await api.gql(`mutation { revokeReadingListShareLink(slug: "lectures-rencontre-decembre") { slug } }`);
    expect((await download(`/listes/lectures-rencontre-decembre/export.csv?partage=${token}`, '')).status).toBe(404);
  });
});
