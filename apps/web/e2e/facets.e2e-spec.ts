import { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium } from './browser';

/** The values of one facet group and the counts shown next to them: "Lecture (12)" → { Lecture: 12 }. */
async function facetCounts(group: Locator): Promise<Record<string, number>> {
  const labels = await group.locator('label').allTextContents();
  return Object.fromEntries(
    labels.map((label) => {
      const match = /^(.*) \((\d+)\)$/.exec(label.trim());
      if (!match) throw new Error(`Unexpected facet label "${label}"`);
      return [match[1], Number(match[2])];
    }),
  );
}

describe('Journey "Narrow and suggest": facets, suggestions while typing, and ways out of an empty search', () => {
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

  const status = () => page.getByRole('status').first();
  const searchBox = () => page.getByRole('combobox', { name: 'Rechercher une ressource' });

  it('combines two values of one facet with OR: the other values keep their counts, the total is their sum', async () => {
    await page.goto(baseUrl());
    await expectText(status(), /^\d+ ressources$/);
    const types = page.getByRole('group', { name: 'Type', exact: true });
    const audiences = page.getByRole('group', { name: 'Public', exact: true });
    const typesBefore = await facetCounts(types);
    const audiencesBefore = await facetCounts(audiences);
    expect(Object.keys(typesBefore)).toEqual(
      expect.arrayContaining(['Outil de médiation', 'Lecture', 'Support de formation']),
    );

    await types.getByRole('checkbox', { name: /^Outil de médiation \(/ }).check();
    await expectText(status(), new RegExp(`^${typesBefore['Outil de médiation']} ressources?$`));
    // Disjunctive facet: choosing a type does not change what the other types would add.
    const typesAfterFirst = await facetCounts(types);
    expect(typesAfterFirst).toEqual(typesBefore);
    // Another facet narrows to the chosen type: no count grows, at least one shrinks.
    const audiencesAfterFirst = await facetCounts(audiences);
    for (const [label, count] of Object.entries(audiencesAfterFirst)) {
      expect(count).toBeLessThanOrEqual(audiencesBefore[label]);
    }
    const shrunk = Object.entries(audiencesBefore).filter(
      ([label, count]) => (audiencesAfterFirst[label] ?? 0) < count,
    );
    expect(shrunk.length).toBeGreaterThan(0);

    await types.getByRole('checkbox', { name: /^Lecture \(/ }).check();
    const sum = typesAfterFirst['Outil de médiation'] + typesAfterFirst['Lecture'];
    await expectText(status(), new RegExp(`^${sum} ressources$`));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['outil', 'lecture']);
    expect(await types.getByRole('checkbox', { checked: true }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('suggests resources and themes while typing, and opens the one chosen with the keyboard', async () => {
    await page.goto(baseUrl());
    await expectText(status(), /^\d+ ressources$/);
    const box = searchBox();
    expect(await box.getAttribute('type')).toBe('search');
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    await box.pressSequentially('tiktok', { delay: 20 });
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    const atelier = listbox
      .getByRole('group', { name: 'Ressource', exact: true })
      .getByRole('option', { name: /^Atelier\s*:\s*comment l.algorithme de TikTok choisit tes vidéos/ });
    await atelier.waitFor({ state: 'visible' });
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    expect(await listbox.getByRole('option').count()).toBeLessThanOrEqual(8);
    expect(await atelier.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/tiktok/i)]),
    );
    // The results below still follow the typing.
    await expectText(status(), /^\d+ ressources?$/);
    await page.waitForFunction(
      () => document.querySelector('main .hits a[href="/ressources/tiktok-algorithme-atelier"]') !== null,
    );
    expect(await axeViolations(page)).toEqual([]);

    await box.press('ArrowDown');
    expect(await atelier.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await atelier.getAttribute('id'));
    await box.press('Enter');
    await page.waitForURL(`${baseUrl()}/ressources/tiktok-algorithme-atelier`);
    await expectText(page.getByRole('heading', { level: 1 }), /TikTok choisit tes vidéos/);
  });

  it('suggests the theme "Jeux vidéo" for "jeux vid"; Escape closes the list, choosing the theme filters by it', async () => {
    await page.goto(baseUrl());
    await expectText(status(), /^\d+ ressources$/);
    const box = searchBox();
    await box.pressSequentially('jeux vid', { delay: 20 });
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    const theme = listbox
      .getByRole('group', { name: 'Thème', exact: true })
      .getByRole('option', { name: /^Jeux vidéo/ });
    await theme.waitFor({ state: 'visible' });
    expect(await listbox.getByText('Thème', { exact: true }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await box.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('jeux vid');

    await box.press('ArrowDown');
    await theme.waitFor({ state: 'visible' });
    await theme.click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('theme') === 'jeux-video');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBeNull();
    expect(await box.inputValue()).toBe('');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Retirer le filtre Thèmes\u00a0: Jeux vidéo' }).waitFor();
    await expectText(status(), /^\d+ ressources?$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('announces the theme feed to feed readers in the page the server sends, and in the running app', async () => {
    // A feed reader fetches the page's address and reads its head, without running the app.
    const html = await (await fetch(`${baseUrl()}/?theme=jeux-video`, { headers: { accept: 'text/html' } })).text();
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/flux\/themes\/jeux-video\.atom">/,
    );
    const plain = await (await fetch(`${baseUrl()}/?q=jeux`, { headers: { accept: 'text/html' } })).text();
    expect(plain).not.toContain('application/atom+xml');

    await page.goto(`${baseUrl()}/?theme=jeux-video`);
    await expectText(status(), /^\d+ ressources?$/);
    const feeds = () =>
      page.evaluate(() =>
        [...document.head.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((link) =>
          link.getAttribute('href'),
        ),
      );
    expect(await feeds()).toEqual(['/flux/themes/jeux-video.atom']);
    // The filter removed: the page no longer announces the feed.
    await page.getByRole('button', { name: 'Retirer le filtre Thèmes\u00a0: Jeux vidéo' }).click();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('theme'));
    expect(await feeds()).toEqual([]);
  });

  it('on a phone, the header is one row with « Menu », and the first result shows without scrolling', async () => {
    const phone = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    try {
      await phone.goto(`${baseUrl()}/?q=ecrans`);
      await expectText(phone.getByRole('status').first(), /^\d+ ressources?$/);
      const header = (await phone.locator('header.site-header').boundingBox())!;
      expect(header.height).toBeLessThan(100);
      const first = (await phone.getByRole('heading', { level: 3 }).first().boundingBox())!;
      expect(first.y + first.height).toBeLessThan(844);
      // The filters start folded, their choices not rendered at all; opening them renders every facet's choices.
      expect(await phone.getByRole('checkbox').count()).toBe(0);
      await phone.locator('details.facets > summary').click();
      await phone.getByRole('checkbox', { name: 'Testé sur le terrain' }).waitFor();
      expect(await phone.getByRole('group').count()).toBeGreaterThanOrEqual(3);
      await phone.locator('details.facets > summary').click();
      const nav = phone.getByRole('navigation', { name: 'Navigation principale' });
      expect(await nav.isVisible()).toBe(false);
      const menu = phone.getByRole('button', { name: 'Menu' });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Listes de lecture' }).waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      // Following a link closes the menu.
      await nav.getByRole('link', { name: 'Listes de lecture' }).click();
      await phone.waitForURL(/\/listes$/);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await phone.close();
    }
  });

  it('at 1280 px, the whole header fits in two rows: navigation under the brand, account and language', async () => {
    await page.goto(baseUrl());
    await expectText(status(), /^\d+ ressources$/);
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(130);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    const navLinks = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
    const tops = await navLinks.evaluateAll((links) =>
      links.map((link) => Math.round(link.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
  });

  it('offers to drop the filter that empties the search, and shows the results it gives', async () => {
    // Nothing matches this word, with or without a filter: only "Effacer les filtres" is offered.
    await page.goto(`${baseUrl()}/?q=zzqxjwv&audience=petite-enfance`);
    await expectText(page.getByRole('heading', { name: 'Aucun résultat' }), /Aucun résultat/);
    await page.getByRole('button', { name: 'Effacer les filtres' }).waitFor();
    expect(await page.getByRole('button', { name: /^Retirer le filtre Public \(/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // "tiktok" finds resources for teenagers and professionals, none for early childhood.
    await page.goto(`${baseUrl()}/?q=tiktok&audience=petite-enfance`);
    await expectText(page.getByRole('heading', { name: 'Aucun résultat' }), /Aucun résultat/);
    const relax = page.getByRole('button', { name: /^Retirer le filtre Public \(\d+\sr[ée]sultats?\)$/ });
    await relax.waitFor();
    const expected = Number(/\((\d+)\s/.exec((await relax.textContent()) ?? '')?.[1]);
    expect(expected).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Effacer les filtres' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await relax.click();
    await expectText(status(), new RegExp(`^${expected} ressources?$`));
    expect(new URL(page.url()).searchParams.get('audience')).toBeNull();
    expect(new URL(page.url()).searchParams.get('q')).toBe('tiktok');
    await page.waitForFunction(
      () => document.querySelector('main a[href="/ressources/tiktok-algorithme-atelier"]') !== null,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers a respelled query when a misspelt word finds nothing, even with typo tolerance', async () => {
    // Three slips in one word: more than typo tolerance forgives ("cyberharcelemant", one slip, finds results as is).
    await page.goto(`${baseUrl()}/?q=cyberharselemmant`);
    await expectText(page.getByRole('heading', { name: 'Aucun résultat' }), /Aucun résultat/);
    const link = page.getByRole('link', { name: 'Vouliez-vous dire «\u00a0cyberharcèlement\u00a0»\u202f?' });
    await link.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await link.click();
    await expectText(status(), /^\d+ ressources?$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('cyberharcèlement');
    expect(await searchBox().inputValue()).toBe('cyberharcèlement');
    await page.waitForFunction(() => document.querySelector('main a[href="/ressources/e-enfance-3018"]') !== null);
    expect(await axeViolations(page)).toEqual([]);
  });
});
