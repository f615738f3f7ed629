import { statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';
import { writeSampleFiles, type SampleFiles } from './fixtures/sample-files';

const WIDTHS = [1280, 390];

/**
 * Issue 12's journey: paste a URL → form filled → attach a PDF → save → find a word that is only inside the PDF → see
 * the excerpt and thumbnail → download → edit → history → restore.
 */
describe('Journey "Share files": attach a PDF, find a word inside it, edit, and restore', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fixture: http.Server;
  let samples: SampleFiles;
  let articleUrl = '';
  let resourcePath = '';
  const word = `lanterne${Date.now().toString(36).replace(/[0-9]/g, '')}`;
  const title = `Atelier ${word} : lire les images animées`;
  const pdfName = 'guide-atelier-images.pdf';

  /** axe at a desktop and a phone width: every page of the journey must pass both. */
  async function expectAccessible(): Promise<void> {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      expect({ width, violations: await axeViolations(page) }).toEqual({ width, violations: [] });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  beforeAll(async () => {
    samples = writeSampleFiles();
    // The fixture site, on the one private address the API is allowed to read during these tests.
    fixture = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
        <html lang="fr"><head><title>${title}</title>
        <meta property="og:title" content="${title}">
        <meta property="og:description" content="Une séance d’éducation à l’image autour des jouets optiques, avec un guide à imprimer.">
        <meta property="og:type" content="article">
        </head><body><h1>${title}</h1></body></html>`);
    });
    await new Promise<void>((resolve) => fixture.listen(0, '127.0.0.2', resolve));
    articleUrl = `http://127.0.0.2:${(fixture.address() as AddressInfo).port}/atelier-${word}`;
    browser = await launchChromium();
    ({ context, page } = await signedInPage(browser, 'sophie.reynaud@example.org'));
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((resolve) => fixture.close(resolve));
  });

  it('fills the form from a pasted URL, uploads the PDF up to 100 %, and saves', async () => {
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
    await page
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Écrans et petite enfance' })
      .check();

    await page.getByLabel('Ajouter des fichiers').setInputFiles(samples.pdf);
    const row = page.getByRole('listitem', { name: pdfName });
    await page.waitForFunction(
      (name) => document.querySelector(`progress[aria-label="Envoi de ${name}"]`)?.getAttribute('value') === '100',
      pdfName,
      { timeout: 15_000 },
    );
    await expectText(row.locator('.file-row-progress'), /100\s?%/);
    await expectText(row.getByRole('status'), /Envoyé/);
    expect(await row.getByRole('radio', { name: /Fichier principal/ }).isChecked()).toBe(true);
    await expectAccessible();

    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(word));
    resourcePath = new URL(page.url()).pathname;
    const files = page.getByRole('region', { name: 'Fichiers' });
    await expectText(files.locator('.resource-file-name'), new RegExp(pdfName.replace('.', '\\.')));
  });

  it('finds a word that is only inside the PDF, with the page, the marked word and the thumbnail', async () => {
    // Extraction then indexing are jobs: wait as a person would retry, through the API with the page's cookies.
    await eventuallyFoundInFile(page, samples.word, resourcePath.split('/').pop()!);
    await page.goto(`${baseUrl()}/?q=${samples.word}`);
    const hit = page.locator('article.hit').filter({ has: page.locator(`a[href="${resourcePath}"]`) });
    await expectText(
      hit.locator('.hit-file-match'),
      /Dans le document «\u00a0guide-atelier-images\.pdf\u00a0», p\.\u00a02/,
    );
    await expectText(hit.locator('.hit-file-match mark').first(), new RegExp(samples.word, 'i'));
    expect(await hit.locator('img.hit-thumbnail').getAttribute('src')).toMatch(
      /\/fichiers\/[0-9a-f-]+\/vignette\.webp$/,
    );
  });

  it('shows the file on the resource page, with a thumbnail, and downloads the exact bytes', async () => {
    await page.goto(`${baseUrl()}${resourcePath}`);
    const files = page.getByRole('region', { name: 'Fichiers' });
    const thumbnail = files.getByRole('img', { name: `Première page de ${pdfName}` });
    await thumbnail.waitFor();
    await page.waitForFunction(
      () => ((document.querySelector('.file-thumbnail') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0,
    );
    await expectText(files.locator('.resource-file-meta'), /PDF.*\d+\spages/);
    const preview = await files.getByRole('link', { name: `Ouvrir ${pdfName} (nouvel onglet)` }).getAttribute('href');
    expect(preview).toMatch(/\?apercu=1$/);
    const inline = await page.request.get(`${baseUrl()}${preview}`);
    expect(inline.headers()['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers()['content-security-policy']).toMatch(/sandbox/);
    const href = await files.getByRole('link', { name: `Télécharger ${pdfName}` }).getAttribute('href');
    const download = await page.request.get(`${baseUrl()}${href}`);
    expect(download.status()).toBe(200);
    const headers = download.headers();
    expect(headers['content-type']).toMatch(/^application\/pdf/);
    expect(headers['content-disposition']).toMatch(/^attachment;/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    const bytes = await download.body();
    expect(bytes.length).toBe(statSync(samples.pdf).size);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectAccessible();
  });

  it('removes the file in an edit, sees it in the history, and restores the version that had it', async () => {
    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    const row = page.getByRole('listitem', { name: pdfName });
    await row.waitFor();
    await row.getByRole('button', { name: `Retirer ${pdfName}` }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL((url) => url.pathname === resourcePath);
    await expectText(page.getByRole('heading', { level: 1 }), new RegExp(word));
    expect(await page.getByRole('region', { name: 'Fichiers' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Historique des modifications' }).click();
    const versions = page.getByRole('list', { name: 'Versions, de la plus récente à la plus ancienne' });
    const latest = versions.getByRole('listitem').first();
    await expectText(latest.getByRole('heading'), /Version 2/);
    await expectText(latest.locator('del').first(), new RegExp(`^− ${pdfName.replace('.', '\\.')}$`));
    await expectAccessible();

    await page.getByRole('button', { name: 'Restaurer cette version' }).click();
    await page
      .getByRole('dialog', { name: 'Restaurer la version 1\u202f?' })
      .getByRole('button', { name: 'Restaurer', exact: true })
      .click();
    await expectText(page.getByRole('status').filter({ hasText: 'restaurée' }), /La version 1 a été restaurée\./);
    await expectText(
      versions.getByRole('listitem').first().locator('ins').first(),
      new RegExp(`^\\+ ${pdfName.replace('.', '\\.')}$`),
    );

    await page.goto(`${baseUrl()}${resourcePath}`);
    const files = page.getByRole('region', { name: 'Fichiers' });
    await files.getByRole('link', { name: `Télécharger ${pdfName}` }).waitFor();
  });

  it('resumes an upload after a broken connection, and names a file whose type the API refuses', async () => {
    await page.goto(`${baseUrl()}/ressources/nouvelle`);
    await expectText(page.getByRole('heading', { level: 1 }), /Ajouter une ressource/);
    // Every try of the part fails (the first and the automatic retries): the person is offered « Reprendre ».
    await page.route('**/fichiers/televersements/*/parties/*', (route) => route.abort('connectionfailed'));
    await page.getByLabel('Ajouter des fichiers').setInputFiles(samples.pdf);
    const row = page.getByRole('listitem', { name: pdfName });
    await expectText(row.getByRole('status'), /interrompu\s?: la connexion a été coupée\./);
    await page.unroute('**/fichiers/televersements/*/parties/*');
    await row.getByRole('button', { name: `Reprendre ${pdfName}` }).click();
    await expectText(row.getByRole('status'), /Envoyé/);
    await expectText(row.locator('.file-row-progress'), /100\s?%/);

    const html = join(dirname(samples.pdf), 'page.html');
    writeFileSync(html, '<!doctype html><html><body><script>alert(1)</script></body></html>');
    await page.getByLabel('Ajouter des fichiers').setInputFiles(html);
    await expectText(
      page.getByRole('listitem', { name: 'page.html' }).getByRole('status'),
      /page\.html\s?» refusé\s?: Type de fichier refusé.*PDF/,
    );
    await expectAccessible();
  });
});

/** Asks the search as the page's member until the resource is found through its file's text. */
async function eventuallyFoundInFile(page: Page, q: string, slug: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const response = await page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'query($q: String) { search(input: { q: $q }) { hits { resource { slug } fileMatch { number } } } }',
        variables: { q },
      },
    });
    // Anything but a JSON answer (the API busy with the extraction) is asked again.
    const body = (await response.json().catch(() => ({}))) as {
      data?: { search: { hits: { resource: { slug: string }; fileMatch: { number: number | null } | null }[] } };
    };
    if (body.data?.search.hits.some((hit) => hit.resource.slug === slug && hit.fileMatch)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`"${q}" did not find ${slug} through its file within 30 s`);
}
