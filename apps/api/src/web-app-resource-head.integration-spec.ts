import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryCache, type NormalizedCacheObject } from '@apollo/client/cache';
import { CACHE_TYPE_POLICIES, parseSearchUrl, searchPageVariables } from '@culture-commune/shared';
import { parse } from 'graphql';
import { startTestApi, type TestApi } from '../test/api-harness';

/** The web app's documents for the preloaded pages, as its build writes them (here reduced to a few fields). */
const DOCUMENTS = {
  resource:
    'query Resource($slug: String!, $countView: Boolean = false) { resource(slug: $slug, countView: $countView) { __typename id slug title summary viewerCanEdit comments { __typename id html } } }',
  search:
    'query SearchResources($input: SearchInput!) { search(input: $input) { __typename total hits { __typename resource { __typename id slug title summary } } } }',
  viewer: 'query Viewer { viewer { __typename id } }',
};

/** The page's embedded cache (null when none), as the web app restores it. */
const embeddedCache = (html: string) => {
  const match = /<script type="application\/json" id="cc-preload">([^<]*)<\/script><\/body>/.exec(html);
  return match ? (JSON.parse(match[1]) as NormalizedCacheObject) : null;
};

/** What the web app reads from the page's embedded cache for one of its documents: null when it is not all there. */
const readEmbedded = (html: string, name: keyof typeof DOCUMENTS, variables: Record<string, unknown> = {}) => {
  const cache = embeddedCache(html);
  if (!cache) return null;
  const restored = new InMemoryCache({ typePolicies: CACHE_TYPE_POLICIES }).restore(cache);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read back from JSON, checked by the expectations
  return restored.readQuery<any>({ query: parse(DOCUMENTS[name]), variables });
};

/** What a link preview (a messaging app, a social network) reads: the HTML of the page, before any JavaScript. */
describe('A shared resource link shows its title and summary in the served HTML (npm start mode)', () => {
  let api: TestApi;
  let web: string;
  let origin: string;
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html', ...headers } });
    expect(response.status).toBe(200);
    return response.text();
  };
  /** What the served HTML paints inside the app's root before any JavaScript (web-app-shell.ts). */
  const rootOf = (html: string) =>
    /<div id="root">([\s\S]*)<\/div><\/body>/.exec(
      html.replace(/<script[^>]*id="cc-preload"[^>]*>[^<]*<\/script>/, ''),
    )?.[1] ?? null;
  const escaped = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const resourceOf = async (visibility: string) =>
    (
      await api.dataSource.query(
        `SELECT slug, title FROM resources WHERE visibility = $1 AND deleted_at IS NULL ORDER BY slug LIMIT 1`,
        [visibility],
      )
    )[0] as { slug: string; title: string };

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'cc-web-'));
    // The build writes the web app's own document there (apps/web/tools/preload-plugin.ts); its shape is the web's.
    mkdirSync(join(web, 'preload'));
    for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(join(web, 'preload', `${name}.graphql`), text);
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><html lang="fr"><head><meta name="description" content="La bibliothèque." /><title>Culture commune</title></head><body><div id="root"></div></body></html>',
    );
    api = await startTestApi({
      env: { WEB_DIST: web, PUBLIC_URL: 'https://culture.example.org' },
    });
    await api.seedDemo();
    origin = api.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await api.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('a public resource: its title, description and Open Graph tags, with the public address', async () => {
    const resource = await resourceOf('public');
    const html = await page(`/ressources/${resource.slug}`);
    expect(html).toContain(`<title>${resource.title.replace(/&/g, '&amp;')} · Culture commune</title>`);
    expect(html).toContain(
      `<meta property="og:url" content="https://culture.example.org/ressources/${resource.slug}">`,
    );
    expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}">/);
    expect(html).not.toContain('La bibliothèque.');
  });

  it('a resource for members only, a draft, one in the bin or an unknown slug: the page as built, nothing told', async () => {
    // Three public resources of the demo made a members-only one, a draft and one in the bin.
    const [network, draft, binned]: { slug: string; title: string }[] = await api.dataSource.query(
      `SELECT slug, title FROM resources WHERE visibility = 'public' AND deleted_at IS NULL ORDER BY slug DESC LIMIT 3`,
    );
    await api.dataSource.query(`UPDATE resources SET visibility = 'network' WHERE slug = $1`, [network.slug]);
    await api.dataSource.query(`UPDATE resources SET visibility = 'draft' WHERE slug = $1`, [draft.slug]);
    await api.dataSource.query(`UPDATE resources SET deleted_at = now() WHERE slug = $1`, [binned.slug]);
    for (const slug of [network.slug, draft.slug, binned.slug, 'aucune-ressource-de-ce-nom']) {
      const html = await page(`/ressources/${slug}`);
      expect(html).toContain('<title>Culture commune</title>');
      expect(html).not.toContain('og:title');
      expect(rootOf(html)).toBe('');
    }
    expect(await page(`/ressources/${network.slug}`)).not.toContain(network.title);
  });

  describe('the page’s data, preloaded for a visitor', () => {
    const views = async (slug: string) =>
      (
        await api.dataSource.query(
          `SELECT coalesce(sum(v.views), 0)::int AS n FROM resource_daily_views v JOIN resources r ON r.id = v.resource_id WHERE r.slug = $1`,
          [slug],
        )
      )[0].n as number;

    it('embeds the answer of the web app’s own query, counting the view once, as the page would have', async () => {
      const [resource] = await api.dataSource.query(
        `SELECT id, slug, title, summary FROM resources WHERE visibility = 'public' AND deleted_at IS NULL ORDER BY slug LIMIT 1`,
      );
      const before = await views(resource.slug);
      // One comment, so that the discussion's answer has something in it.
      await api.dataSource.query(
        `INSERT INTO comments (resource_id, author_id, markdown, html)
         SELECT $1, id, 'Testé avec des parents', '<p>Testé avec des parents</p>' FROM members ORDER BY slug LIMIT 1`,
        [resource.id],
      );
      const html = await page(`/ressources/${resource.slug}`);
      // Normalised as the app's cache holds it: the resource under its id, the query's field by its slug alone.
      expect(embeddedCache(html)).toMatchObject({
        [`Resource:${resource.id}`]: { __typename: 'Resource', id: resource.id, title: resource.title },
        ROOT_QUERY: { [`resource:{"slug":"${resource.slug}"}`]: { __ref: `Resource:${resource.id}` } },
      });
      expect(readEmbedded(html, 'resource', { slug: resource.slug, countView: true })).toEqual({
        resource: {
          __typename: 'Resource',
          id: resource.id,
          slug: resource.slug,
          title: resource.title,
          summary: resource.summary,
          viewerCanEdit: false,
          comments: [{ __typename: 'Comment', id: expect.any(String), html: '<p>Testé avec des parents</p>' }],
        },
      });
      // Who is there: nobody, so that the header asks nothing either.
      expect(readEmbedded(html, 'viewer')).toEqual({ viewer: null });
      expect(await views(resource.slug)).toBe(before + 1);
      // A link preview's fetch gets the data but is no reader.
      expect(
        embeddedCache(await page(`/ressources/${resource.slug}`, { 'user-agent': 'WhatsApp/2.23.20.0 A' })),
      ).not.toBeNull();
      expect(await views(resource.slug)).toBe(before + 1);
    });

    it('paints its title (the h1) and summary inside the app’s root, from the HTML', async () => {
      const [resource] = await api.dataSource.query(
        `SELECT slug, title, summary FROM resources WHERE visibility = 'public' AND deleted_at IS NULL ORDER BY slug LIMIT 1 OFFSET 1`,
      );
      const root = rootOf(await page(`/ressources/${resource.slug}`));
      expect(root).toContain(`<h1>${escaped(resource.title)}</h1>`);
      expect(root).toContain(`<p class="lead">${escaped(resource.summary)}</p>`);
      expect(root).toContain('class="site-header"');
    });

    it('a signed-in member’s page is not preloaded (it depends on who they are), its head still is', async () => {
      const [resource] = await api.dataSource.query(
        `SELECT slug FROM resources WHERE visibility = 'public' AND deleted_at IS NULL ORDER BY slug LIMIT 1`,
      );
      await api.signIn('yanis.benali@example.org');
      const html = await page(`/ressources/${resource.slug}`, { cookie: api.cookie });
      api.signOut();
      expect(embeddedCache(html)).toBeNull();
      expect(rootOf(html)).toBe('');
      expect(html).toContain('og:title');
    });

    it('a title that tries to close the element stays data', async () => {
      const [resource] = await api.dataSource.query(
        `UPDATE resources SET title = '</script><script>alert(1)</script> ' || title
          WHERE id = (SELECT id FROM resources WHERE visibility = 'public' AND deleted_at IS NULL ORDER BY slug LIMIT 1)
          RETURNING slug, title`,
      );
      const html = await page(`/ressources/${resource[0].slug}`);
      expect(html).not.toContain('<script>alert(1)');
      expect(readEmbedded(html, 'resource', { slug: resource[0].slug }).resource.title).toBe(resource[0].title);
      expect(rootOf(html)).toContain(`<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; `);
    });
  });

  describe('the search page’s first results, preloaded for a visitor', () => {
    it('for the address’s own search, with the variables the page builds from it', async () => {
      const home = readEmbedded(await page('/'), 'search', searchPageVariables(parseSearchUrl('')));
      expect(home.search.total).toBeGreaterThan(20);
      const narrowedVariables = searchPageVariables(parseSearchUrl('q=écrans&theme=jeux-video'));
      expect(narrowedVariables.input.filters).toEqual({ themes: ['jeux-video'] });
      const narrowedPage = await page('/?q=%C3%A9crans&theme=jeux-video&page=1');
      const narrowed = readEmbedded(narrowedPage, 'search', narrowedVariables);
      expect(narrowed.search.total).toBeLessThan(home.search.total);
      // Those of the address only: not the home page's search.
      expect(readEmbedded(narrowedPage, 'search', searchPageVariables(parseSearchUrl('')))).toBeNull();
      expect(readEmbedded(narrowedPage, 'viewer')).toEqual({ viewer: null });
      // Its first results painted inside the app's root, from the HTML.
      const results = await page('/?q=%C3%A9crans');
      const root = rootOf(results)!;
      const [first] = readEmbedded(results, 'search', searchPageVariables(parseSearchUrl('q=écrans'))).search.hits;
      expect(root).toContain(`<a href="/ressources/${first.resource.slug}">${escaped(first.resource.title)}</a>`);
      expect(root).toContain(`<p class="hit-summary">${escaped(first.resource.summary)}</p>`);
      expect(root).toContain('value="écrans"');
      // The theme's feed is still announced beside it.
      expect(await page('/?theme=jeux-video')).toContain('application/atom+xml');
    });

    it('not for a member, and a search that fails leaves the page as built', async () => {
      await api.signIn('yanis.benali@example.org');
      const html = await page('/', { cookie: api.cookie });
      api.signOut();
      expect(embeddedCache(html)).toBeNull();
      expect(rootOf(html)).toBe('');
      // A search the API refuses (a theme that does not exist): the page as built, no error.
      const refused = await page('/?theme=theme-inexistant');
      expect(embeddedCache(refused)).toBeNull();
      expect(refused).toContain('<div id="root"></div>');
    });
  });
});
