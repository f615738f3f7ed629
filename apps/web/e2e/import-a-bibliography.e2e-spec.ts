import { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

const RIS = `TY  - BOOK
TI  - Lire avec les tout-petits : un guide de terrain
AU  - Martin, Élodie
AU  - Durand, Jean-Noël
PY  - 2021
PB  - Érès
KW  - lecture à voix haute
AB  - Comptines, albums et jeux de doigts pour les professionnels de la petite enfance.
UR  - https://example.org/lire-avec-les-tout-petits
ER  - 

TY  - RPRT
TI  - Un rapport sans résumé
PY  - 2020
ER  - 
`;

describe('Journey "Import a bibliography": a coordinator brings a Zotero export into the library', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await signedInPage(browser, 'camille.durand@example.org'));
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  it('previews the file, imports the ticked rows with the batch’s choices, follows the progress and links the report', async () => {
    await page.goto(`${baseUrl()}/importer`);
    await expectText(page.getByRole('heading', { level: 1 }), /Importer une bibliographie ou un tableur/);
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByLabel('Fichier à importer')
      .setInputFiles({ name: 'zotero.ris', mimeType: 'application/x-research-info-systems', buffer: Buffer.from(RIS) });
    await page.getByRole('button', { name: 'Lire le fichier' }).click();

    const table = page.getByRole('table', { name: 'Notices du fichier (2)' });
    await table.waitFor();
    expect(await table.getByRole('checkbox', { name: /ligne 1/ }).isChecked()).toBe(true);
    expect(await table.getByRole('checkbox', { name: /ligne 2/ }).isDisabled()).toBe(true);
    await expectText(
      table.getByRole('row', { name: /Un rapport sans résumé/ }),
      /Résumé\s: ce champ est obligatoire\./,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Écrans et petite enfance' })
      .check();
    await page
      .getByRole('group', { name: /^Publics/ })
      .getByRole('checkbox', { name: 'Parents' })
      .check();
    await page.getByRole('button', { name: 'Importer 1 notice' }).click();

    await expectText(
      page.getByRole('status').filter({ hasText: /Import/ }),
      /Import terminé\s: 1 ressource\(s\) créée\(s\), 1 notice\(s\) ignorée\(s\)\./,
      30_000,
    );
    const report = page.getByRole('link', { name: 'Télécharger le rapport (CSV)' });
    expect(await report.getAttribute('href')).toMatch(/^\/imports\/[0-9a-f-]{36}\/rapport\.csv$/);
    expect(await axeViolations(page)).toEqual([]);

    const csv = await page.request.get(`${baseUrl()}${await report.getAttribute('href')}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Lire avec les tout-petits : un guide de terrain,créée,,');

    await page.goto(`${baseUrl()}/ressources/lire-avec-les-tout-petits-un-guide-de-terrain`);
    await expectText(page.getByRole('heading', { level: 1 }), /Lire avec les tout-petits/);
  });
});
