import { TestApi, startTestApi } from '../../../test/api-harness';

/** The REST routes (exports, print page, feeds, calendars) answer errors with their status, in a readable body. */
describe('Errors of the REST routes', () => {
  let api: TestApi;
  let origin: string;

  const get = async (path: string, cookie = '') => {
    const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {} });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      retryAfter: response.headers.get('retry-after'),
      body: await response.text(),
    };
  };

  const expectNotJson = (type: string | null, body: string) => {
    expect(type).not.toContain('json');
    expect(() => JSON.parse(body)).toThrow();
  };

  beforeAll(async () => {
    // No Chromium: the PDF export answers 503, the other exports work.
    api = await startTestApi({ indexer: false, env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    await api.seedDemo();
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it('an unknown list: 404 in plain text for an export, an HTML page for the print view', async () => {
    const exported = await get('/listes/liste-inconnue/export.md');
    expect(exported.status).toBe(404);
    expect(exported.type).toBe('text/plain; charset=utf-8');
    expect(exported.body).toBe('La liste de lecture « liste-inconnue » est introuvable.\n');
    expect(exported.disposition).toBeNull();

    const page = await get('/listes/liste-inconnue/impression');
    expect(page.status).toBe(404);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<p>La liste de lecture « liste-inconnue » est introuvable.</p>');
  });

  it('an unknown format stays 404 and lists the formats', async () => {
    const response = await get('/listes/lectures-rencontre-decembre/export.xyz');
    expect(response.status).toBe(404);
    expect(response.type).toBe('text/plain; charset=utf-8');
    expect(response.body).toContain('pdf, md, csv, ris, bib ou json');
  });

  it('a private list is not revealed to a signed-in member outside its team: 404, as for an unknown list', async () => {
    await api.dataSource.query(
      `UPDATE reading_lists SET visibility = 'draft' WHERE slug = 'lectures-rencontre-decembre'`,
    );
    const [outsider]: { email: string }[] = await api.dataSource.query(
      `SELECT m.email FROM members m, reading_lists l WHERE l.slug = 'lectures-rencontre-decembre'
         AND m.id <> l.curator_id
         AND NOT EXISTS (SELECT 1 FROM reading_list_collaborators c WHERE c.list_id = l.id AND c.member_id = m.id)
       ORDER BY m.email LIMIT 1`,
    );
    await api.signIn(outsider.email);
    for (const path of [
      '/listes/lectures-rencontre-decembre/export.csv',
      '/listes/lectures-rencontre-decembre/impression',
    ]) {
      const response = await get(path, api.cookie);
      expect(response.status).toBe(404);
      expect(response.body).toContain('La liste de lecture « lectures-rencontre-decembre » est introuvable.');
    }
    await api.dataSource.query(
      `UPDATE reading_lists SET visibility = 'network' WHERE slug = 'lectures-rencontre-decembre'`,
    );
    // The same member sees it once it is open to the network: the 404 came from the visibility alone.
    expect((await get('/listes/lectures-rencontre-decembre/export.csv', api.cookie)).status).toBe(200);
    api.signOut();
  });

  it('PDF without Chromium: 503 with a clear message, no attachment; the other exports still work', async () => {
    await api.signIn('camille.durand@example.org');
    const pdf = await get('/listes/lectures-rencontre-decembre/export.pdf', api.cookie);
    expect(pdf.status).toBe(503);
    expect(pdf.type).toBe('text/plain; charset=utf-8');
    expect(pdf.disposition).toBeNull();
    // Waiting does not bring Chromium back: no Retry-After.
    expect(pdf.retryAfter).toBeNull();
    expect(pdf.body).toContain('Le PDF demande Chromium (/nonexistent/chromium, variable CHROMIUM_PATH)');

    const md = await get('/listes/lectures-rencontre-decembre/export.md', api.cookie);
    expect(md.status).toBe(200);
    expect(md.disposition).toBe('attachment; filename="lectures-rencontre-decembre.md"');
    api.signOut();
  });

  it('an unknown theme feed: 404 in plain text, readable, not JSON', async () => {
    for (const path of ['/flux/themes/inconnu.atom', '/flux/themes/cyberharcelement.rss']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.type).toBe('text/plain; charset=utf-8');
      expectNotJson(response.type, response.body);
    }
    expect((await get('/flux/themes/inconnu.atom')).body).toBe('Le thème « inconnu » est introuvable.\n');
  });

  it('an unknown or hidden event’s ICS: 404 in plain text, not a calendar file', async () => {
    const unknown = await get('/evenements/evenement-inconnu.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('text/plain; charset=utf-8');
    expect(unknown.disposition).toBeNull();
    expect(unknown.body).toBe('L’événement « evenement-inconnu » est introuvable.\n');
    expectNotJson(unknown.type, unknown.body);

    // A network event, for a visitor: the same answer as for an unknown one.
    const hidden = await get('/evenements/formation-animer-un-atelier-sur-l-ia.ics');
    expect(hidden.status).toBe(404);
    expect(hidden.body).toBe('L’événement « formation-animer-un-atelier-sur-l-ia » est introuvable.\n');

    const badAddress = await get('/evenements/calendrier.ical');
    expect(badAddress.status).toBe(404);
    expect(badAddress.body).toContain('doit finir par .ics');
  });
});
