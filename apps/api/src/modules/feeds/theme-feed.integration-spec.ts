import { parseSearchUrl } from '@culture-commune/shared';
import { parseFeed } from '@rowanmanning/feed-parser';
import { TestApi, startTestApi } from '../../../test/api-harness';

describe('Atom feed per theme', () => {
  let api: TestApi;
  let origin: string;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it('lists the theme’s public resources, newest first, and parses with a real feed parser', async () => {
    // One resource of the theme becomes network-only: the feed, read by anyone, must leave it out.
    const [hidden] = await api.dataSource
      .query(
        `UPDATE resources SET visibility = 'network' WHERE id = (SELECT resource_id FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id
       WHERE t.slug = 'cyberharcelement' ORDER BY resource_id LIMIT 1) RETURNING slug`,
      )
      .then(([rows]) => rows);
    const expected: { slug: string }[] = await api.dataSource.query(
      `SELECT r.slug FROM resources r JOIN resource_themes rt ON rt.resource_id = r.id JOIN themes t ON t.id = rt.theme_id
       WHERE t.slug = 'cyberharcelement' AND r.visibility = 'public' ORDER BY r.created_at DESC, r.id`,
    );
    expect(expected.length).toBeGreaterThan(2);

    const response = await fetch(`${origin}/flux/themes/cyberharcelement.atom`, { headers: { accept: '*/*' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');

    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Culture commune — Cyberharcèlement et violences en ligne');
    expect(feed.items.map((item) => item.url?.split('/ressources/')[1])).toEqual(expected.map((row) => row.slug));
    expect(feed.items.map((item) => item.url)).not.toContain(expect.stringContaining(hidden.slug));
    for (const item of feed.items) {
      // What Atom requires of every entry: an id, a title and an update time; ours also carry a summary and an author.
      expect(item.id).toMatch(/^http:\/\/localhost:\d+\/ressources\//);
      expect(item.title).toBeTruthy();
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.description).toBeTruthy();
      expect(item.authors.length).toBeGreaterThan(0);
    }
  });

  it('hands plain text to readers as text, and links to the search page filtered by the theme (issue 13, 9–10)', async () => {
    const summary = 'Repérer les balises <p> et <a> & les « liens » : un atelier';
    const title = 'Atelier <script>alert(1)</script> & HTML';
    const [{ slug }] = await api.dataSource
      .query(
        `UPDATE resources SET summary = $1, title = $2 WHERE id = (SELECT resource_id FROM resource_themes rt JOIN themes t
         ON t.id = rt.theme_id JOIN resources r ON r.id = rt.resource_id WHERE t.slug = 'cyberharcelement'
         AND r.visibility = 'public' ORDER BY r.created_at DESC, r.id LIMIT 1) RETURNING slug`,
        [summary, title],
      )
      .then(([rows]) => rows);
    const xml = await (await fetch(`${origin}/flux/themes/cyberharcelement.atom`)).text();
    expect(xml).not.toContain('type="html"');
    const feed = parseFeed(xml);
    const item = feed.items.find((i) => i.url?.endsWith(`/ressources/${slug}`));
    expect(item?.description).toBe(summary);
    expect(item?.title).toBe(title);
    // The web link opens the theme's resources, with the parameter the search page reads.
    const link = new URL(feed.url!);
    expect(link.pathname).toBe('/');
    expect(parseSearchUrl(link.search).filters.themes).toEqual(['cyberharcelement']);
  });

  it('answers 404 for an unknown theme or address, without the web app taking over', async () => {
    expect((await fetch(`${origin}/flux/themes/inconnu.atom`)).status).toBe(404);
    expect((await fetch(`${origin}/flux/themes/cyberharcelement.rss`)).status).toBe(404);
  });
});
