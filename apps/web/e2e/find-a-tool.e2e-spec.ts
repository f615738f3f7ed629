import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium } from './browser';

/** The demo library the database was seeded with: every one of its resources is public. */
const DEMO_RESOURCES = (
  JSON.parse(readFileSync(join(__dirname, '../../../data/demo-library.json'), 'utf8')) as { resources: unknown[] }
).resources.length;

/**
 * How many resources a visitor may find right now, as the API counts them: the demo library plus whatever public
 * resources the journeys run before this one have shared (suites share the database, in whatever order they run).
 */
async function visitorTotal(page: Page): Promise<number> {
  const response = await page.request.post(`${baseUrl()}/graphql`, {
    data: { query: '{ search(input: {}) { total } }' },
  });
  const body = (await response.json()) as { data: { search: { total: number } } };
  return body.data.search.total;
}

describe('Journey "Find": a professional finds a tool by typing and narrowing', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await browser.newPage({ locale: 'fr-FR' });
  });
  afterEach(() => page.close());

  it('shows every public resource (the 46 demo ones at least), then "ecrans petite enfance" lists the early-childhood resources first', async () => {
    expect(DEMO_RESOURCES).toBe(46);
    const total = await visitorTotal(page);
    expect(total).toBeGreaterThanOrEqual(DEMO_RESOURCES);
    await page.goto(baseUrl());
    await expectText(page.getByRole('status').first(), new RegExp(`^${total} ressources$`));
    expect(await axeViolations(page)).toEqual([]);

    const box = page.getByRole('combobox', { name: 'Rechercher une ressource' });
    await box.pressSequentially('ecrans petite enfance', { delay: 20 });
    const results = page.getByRole('region', { name: 'Résultats' }).getByRole('link');
    // Previous results stay visible while the new ones load: wait for the count of this query.
    await expectText(page.getByRole('status').first(), new RegExp(`^(?!${total} )\\d+ ressources?$`));
    await page.waitForFunction(() => document.querySelector('main a[href="/ressources/tisseron-3-6-9-12"]') !== null);
    const firstFive = (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).slice(0, 5);
    expect(firstFive).toEqual(
      expect.arrayContaining(['/ressources/tisseron-3-6-9-12', '/ressources/ecrans-tout-petits-brochure']),
    );
    // Matching words are highlighted.
    expect(await page.locator('main mark').count()).toBeGreaterThan(0);
    // The query lives in the address, to be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('ecrans petite enfance');

    // Narrow by audience: the count shown next to the value is what clicking gives.
    const audience = page
      .getByRole('group', { name: 'Public' })
      .getByRole('checkbox', { name: /^Petite enfance \(0-6 ans\)/ });
    const label = await audience.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const expected = Number(/\((\d+)\)\s*$/.exec(label)?.[1]);
    await audience.check();
    await expectText(page.getByRole('status').first(), new RegExp(`^${expected} ressources?$`));
    expect(await axeViolations(page)).toEqual([]);

    // Every hit now is for early childhood (Tisseron's book is for parents and professionals: gone).
    expect(await page.locator('main a[href="/ressources/tisseron-3-6-9-12"]').count()).toBe(0);
    const first = results.first();
    const [href, title] = [await first.getAttribute('href'), ((await first.textContent()) ?? '').trim()];
    await first.click();
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(page.url()).toBe(`${baseUrl()}${href}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the cyberbullying resources despite a typo ("cyberharcèlemnt")', async () => {
    const total = await visitorTotal(page);
    await page.goto(`${baseUrl()}/`);
    await expectText(page.getByRole('status').first(), new RegExp(`^${total} ressources$`));
    await page.getByRole('combobox', { name: 'Rechercher une ressource' }).fill('cyberharcèlemnt');
    await expectText(page.getByRole('status').first(), new RegExp(`^(?!${total} )\\d+ ressources?$`));
    const firstFive = (
      await page
        .getByRole('region', { name: 'Résultats' })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    ).slice(0, 5);
    expect(firstFive).toEqual(
      expect.arrayContaining(['/ressources/e-enfance-3018', '/ressources/harcelement-fiche-reflexe']),
    );
  });

  it('says so when nothing matches', async () => {
    await page.goto(`${baseUrl()}/?q=zzqxjwv`);
    await expectText(page.getByRole('heading', { name: 'Aucun résultat' }), /Aucun résultat/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
