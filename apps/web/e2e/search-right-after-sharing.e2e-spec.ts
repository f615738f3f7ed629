import { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectText, launchChromium, signedInPage } from './browser';

/** Issue 11, item 1: what one has just shared is found by searching for it at once, without reloading the page. */
describe('Journey "Share, then search at once"', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await signedInPage(browser, 'sophie.reynaud@example.org'));
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('a member shares a resource, goes to search at once, types its title; Enter again finds it without reloading', async () => {
    // A word no other resource has, so that the only hit can be this one.
    const word = `farfadets${Date.now().toString(36).replace(/[0-9]/g, '')}`;
    const title = `Les ${word} du numérique`;
    await page.goto(`${baseUrl()}/ressources/nouvelle`);
    await expectText(page.getByRole('heading', { level: 1 }), /Ajouter une ressource/);
    await page.getByLabel(/^Type/).selectOption('outil');
    await page.getByLabel(/^Format/).selectOption('jeu');
    await page.getByLabel(/^Titre/).fill(title);
    await page
      .getByLabel(/^Résumé/)
      .fill('Un jeu pour parler des écrans en famille, partagé juste avant de le chercher.');
    await page
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Écrans et petite enfance' })
      .check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(word));
    const href = new URL(page.url()).pathname;

    // At once to the search page (through the app, no reload afterwards), and type the title.
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Rechercher', exact: true })
      .click();
    const box = page.getByRole('combobox', { name: 'Rechercher une ressource' });
    await box.fill(title);
    const typedAt = Date.now();
    const hit = () => page.evaluate((target) => document.querySelector(`main a[href="${target}"]`) !== null, href);
    // Not found yet? Enter again (as a person would), every 200 ms: each one must ask the server again (before the fix
    // the page kept its cached answer for good). The delay itself is Meilisearch's and is printed, not asserted here
    // (speed targets live in benchmarks; decision 0007).
    while (!(await hit())) {
      if (Date.now() - typedAt > 10_000) break;
      await box.press('Enter');
      await page.waitForTimeout(200);
    }
    const foundAfter = Date.now() - typedAt;
    console.log(`found ${href} ${foundAfter} ms after typing its title`);
    expect(await hit()).toBe(true);
  });
});
