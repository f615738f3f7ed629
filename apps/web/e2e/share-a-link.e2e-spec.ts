import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

/** A one-pixel PNG: the page's image, which the API reads and the form shows. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Journey of « Share a link in one paste »: a member pastes the address of an article, the form fills itself; a second
 * member pasting the same address is told it may already exist, and saves only after confirming.
 */
describe('Journey "Share a link": paste a URL, the form fills itself, a duplicate is confirmed', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fixture: http.Server;
  let articleUrl = '';
  const word = `veilleuse${Date.now().toString(36)}`;
  const title = `Les écrans et le sommeil des tout-petits ${word}`;

  beforeAll(async () => {
    // The fixture site, on the one private address the API is allowed to read during these tests.
    fixture = http.createServer((request, response) => {
      if (request.url === '/image.png') return response.writeHead(200, { 'content-type': 'image/png' }).end(PIXEL);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
        <html lang="fr"><head><title>Onglet</title>
        <meta property="og:title" content="${title}">
        <meta property="og:description" content="Ce que disent les études sur les écrans avant 3 ans, et des pistes pour les familles.">
        <meta property="og:type" content="article">
        <meta property="og:image" content="/image.png">
        <meta name="author" content="Élodie Durand">
        </head><body><h1>${title}</h1></body></html>`);
    });
    await new Promise<void>((resolve) => fixture.listen(0, '127.0.0.2', resolve));
    articleUrl = `http://127.0.0.2:${(fixture.address() as AddressInfo).port}/article-${word}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser.close();
    await new Promise((resolve) => fixture.close(resolve));
  });

  async function pasteArticle(): Promise<void> {
    await page.goto(`${baseUrl()}/ressources/nouvelle`);
    await expectText(page.getByRole('heading', { level: 1 }), /Ajouter une ressource/);
    const url = page.getByLabel(/^Adresse web/);
    await url.fill(articleUrl);
    await url.blur();
    await page.waitForFunction(
      (expected) => (document.querySelector('input[id$="-title"]') as HTMLInputElement | null)?.value === expected,
      title,
      { timeout: 10_000 },
    );
  }

  it('fills the form from the pasted address and saves it', async () => {
    ({ context, page } = await signedInPage(browser, 'sophie.reynaud@example.org'));
    await pasteArticle();
    expect(await page.getByLabel(/^Résumé/).inputValue()).toMatch(/^Ce que disent les études/);
    expect(await page.getByLabel(/^Auteurs/).inputValue()).toBe('Élodie Durand');
    expect(await page.getByLabel(/^Type/).inputValue()).toBe('lecture');
    expect(await page.getByLabel(/^Format/).inputValue()).toBe('article');
    await expectText(page.locator('.link-preview'), /les champs vides ont été remplis/);
    expect(await page.getByRole('img', { name: 'Image de la page' }).getAttribute('src')).toMatch(/^data:image\/png/);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Écrans et petite enfance' })
      .check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(word));
  });

  it('warns that the same address may already exist, and saves a second one only once confirmed', async () => {
    await context.close();
    ({ context, page } = await signedInPage(browser, 'yanis.benali@example.org'));
    await pasteArticle();
    const warning = page.locator('.possible-duplicates');
    await expectText(warning, /Cette ressource existe peut-être déjà/);
    expect(await warning.getByRole('link', { name: title }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Écrans et petite enfance' })
      .check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Une ressource a déjà cette adresse' });
    await expectText(conflict, new RegExp(word));
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Enregistrer quand même' }).click();
    await page.waitForURL((url) => url.pathname !== '/ressources/nouvelle');
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(word));
  });
});
