import { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium } from './browser';

const SLUG = 'tisseron-3-6-9-12';

/** The names of the GraphQL operations `page` sends from now on. */
function graphqlOperations(page: Page): string[] {
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST')
      operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '');
  });
  return operations;
}

/** Journey "a shared link": someone opens a resource's address from a message, without an account. */
describe('Journey "Shared link": a resource page paints its content at once, before and without a round trip', () => {
  let browser: Browser;
  let title: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ resource(slug: "${SLUG}") { title } }` }),
    });
    title = ((await response.json()) as { data: { resource: { title: string } } }).data.resource.title;
  });
  afterAll(() => browser.close());

  it('without JavaScript (a link preview): the title, the summary and the Open Graph tags are in the page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/ressources/${SLUG}`);
    expect(await page.title()).toBe(`${title} · Culture commune`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
    expect((await page.locator('meta[property="og:description"]').getAttribute('content'))?.length).toBeGreaterThan(20);
    expect(await page.locator('script#cc-preload').count()).toBe(1);
    // The app's code is not what this paint waits for: a small deferred loader fetches it afterwards (decision 0054).
    expect(await page.locator('script[type="module"], link[rel="modulepreload"]').count()).toBe(0);
    expect(await page.locator('script[defer][data-entry^="/assets/index-"]').count()).toBe(1);
    // Its first paint too: the title and the summary in the page's own markup (decision 0051).
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect((await page.locator('main .page-header .lead').textContent())?.length).toBeGreaterThan(20);
    // The search page likewise, with its first results.
    await page.goto(`${baseUrl()}/?q=ecrans`);
    expect(await page.locator('main ol.hits .hit-title a').count()).toBeGreaterThan(0);
    expect(await page.locator('main ol.hits .hit-summary').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('with JavaScript: the page shows the resource and its discussion from the embedded data, asking the API for neither', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const operations = graphqlOperations(page);
    await page.goto(`${baseUrl()}/ressources/${SLUG}`);
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // The title is in the served HTML (decision 0051): wait for the app's own page, its discussion on screen.
    await page.getByRole('region', { name: 'Commentaires' }).locator('.comment-list, .comment-empty').first().waitFor();
    // The embedded block is consumed, and the resource was not asked for again.
    expect(await page.locator('script#cc-preload').count()).toBe(0);
    expect(operations).not.toContain('Resource');
    expect(operations).not.toContain('ResourceComments');
    // Nor who is there: the header's answer (nobody) came with the page.
    expect(operations).not.toContain('Viewer');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('with JavaScript, the search page likewise: its results and filters from the embedded data, asked for once only', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const operations = graphqlOperations(page);
    await page.goto(`${baseUrl()}/?q=ecrans`);
    // The filters' groups are the app's own (the served HTML folds an empty « Affiner la recherche »).
    await page.locator('main fieldset.facet-group').first().waitFor({ state: 'attached' });
    expect(await page.locator('main ol.hits .hit-title a').count()).toBeGreaterThan(0);
    expect(await page.locator('script#cc-preload').count()).toBe(0);
    // Not asked again although the page asks `cache-and-network`: the embedded answer is that fresh.
    expect(operations).not.toContain('SearchResources');
    expect(operations).not.toContain('Viewer');
    // The next search is the page's own, through the network.
    const searched = page.waitForRequest(
      (request) =>
        request.url().endsWith('/graphql') &&
        (request.postDataJSON() as { operationName?: string }).operationName === 'SearchResources',
    );
    await page.getByRole('combobox', { name: 'Rechercher une ressource' }).fill('jeux vidéo');
    await page.getByRole('combobox', { name: 'Rechercher une ressource' }).press('Enter');
    await searched;
    await context.close();
  });

  it('for a signed-in member (not preloaded): one operation brings the resource and its discussion', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const signedIn = await context.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'mutation { signIn(email: "yanis.benali@example.org", password: "culture-commune-demo") { id } }',
      },
    });
    expect((await signedIn.json()).errors).toBeUndefined();
    const page = await context.newPage();
    const operations = graphqlOperations(page);
    await page.goto(`${baseUrl()}/ressources/${SLUG}`);
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // The discussion is on screen (its section's chunk loaded), from the page's one query.
    await page.getByRole('region', { name: 'Commentaires' }).locator('.comment-list, .comment-empty').first().waitFor();
    expect(operations.filter((operation) => operation === 'Resource')).toHaveLength(1);
    expect(operations).not.toContain('ResourceComments');
    await context.close();
  });

  it('the search page carries its first results too, and shows them before any answer of the API', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    // The API's answers are held back: only the embedded results can be on screen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/?theme=jeux-video`);
    await page.waitForFunction(() => document.querySelectorAll('main a[href^="/ressources/"]').length > 0);
    // The served HTML paints them (decision 0051); the app too, from the embedded answer: its live count is there.
    await page.waitForFunction(() =>
      /^\d+ ressources?$/.test(document.querySelector('main [role="status"].results-count')?.textContent ?? ''),
    );
    expect(await page.locator('main ol.hits .hit-title a').count()).toBeGreaterThan(0);
    release();
    await context.close();
  });
});
