import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';
import { odsSheets } from './support/ods-sheets';
import { pdfText } from './support/pdf-text';

/**
 * The activity report: a coordinator reads it, changes the period, exports a table, the whole report as a PDF and as
 * a spreadsheet, shares it with a funder who can print it too.
 */
describe('Activity report: read, change the period, export, share', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it.each([
    ['1280 px', { width: 1280, height: 900 }],
    ['390 px', { width: 390, height: 844 }],
  ])('a coordinator opens the report from the navigation; axe passes at %s', async (_, viewport) => {
    const { context, page } = await signedInPage(browser, 'camille.durand@example.org');
    try {
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl()}/rapport`);
      await expectText(page.getByRole('heading', { level: 1 }), /Rapport d’activité/);
      await expectText(page.locator('.report-period'), /comparé au/);
      await expectText(page.locator('[data-figure="debriefs"] .report-figure-change'), /période précédente/);
      expect(await page.locator('[style]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('changes the period, reads a chart’s table, exports it as CSV and the report as PDF and ODS, and opens a share link without an account', async () => {
    const { context, page } = await signedInPage(browser, 'camille.durand@example.org');
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl()}/rapport`);
      await expectText(page.locator('.report-period'), /comparé au/);
      await page.getByLabel('Période', { exact: true }).selectOption('lastYear');
      await page.getByRole('button', { name: 'Afficher' }).click();
      const lastYear = new Date().getUTCFullYear() - 1;
      await expectText(
        page.locator('.report-period'),
        new RegExp(`Du 1 janvier ${lastYear} au 31 décembre ${lastYear}`),
      );
      expect(page.url()).toContain('periode=an-dernier');

      const chart = page.locator('[data-chart="fieldWorkByMonth"]');
      await chart.locator('summary').click();
      await expectText(chart.locator('caption'), /Participant·es par mois/);
      const figures = await page.locator('[data-figure="debriefs"] .report-figure-value').textContent();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        chart.getByRole('button', { name: /Exporter en CSV/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`rapport-${lastYear}-01-01-${lastYear}-12-31-fieldWorkByMonth.csv`);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('\uFEFFIntitulé,Ateliers,Participant·es');
      const rows = csv.trim().split('\r\n').slice(1);
      const debriefs = rows.reduce((sum, row) => sum + Number(row.split(',').at(-2)), 0);
      // The month table adds up to the period's figure.
      expect(String(debriefs)).toBe((figures ?? '').replace(/\s/g, ''));

      // The whole report as a PDF, from the keyboard: the period and the page's figures are in its text.
      const pdfButton = page.getByRole('button', { name: 'Exporter en PDF' });
      await pdfButton.focus();
      const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(pdfDownload.suggestedFilename()).toBe(`rapport-${lastYear}-01-01-${lastYear}-12-31.pdf`);
      const pdf = readFileSync((await pdfDownload.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(`Du 1 janvier ${lastYear} au 31 décembre ${lastYear}`);
      for (const id of ['debriefs', 'participants', 'resourcesShared', 'activeMembers']) {
        const figure = page.locator(`[data-figure="${id}"]`);
        const label = (await figure.locator('dt').textContent()) ?? '';
        const value = ((await figure.locator('.report-figure-value').textContent()) ?? '').replace(/\s+/g, ' ');
        expect(text).toContain(`${label} ${value} `);
      }
      await expectText(pdfButton, /Exporter en PDF/);

      // The whole report as a spreadsheet: « Synthèse » first, the page's figure as a number.
      const [odsDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporter en tableur (ODS)' }).click(),
      ]);
      expect(odsDownload.suggestedFilename()).toBe(`rapport-${lastYear}-01-01-${lastYear}-12-31.ods`);
      const sheets = odsSheets(readFileSync((await odsDownload.path())!));
      expect(sheets.map((sheet) => sheet.name)).toContain('Participant·es par mois');
      expect(sheets[0].name).toBe('Synthèse');
      const debriefsRow = sheets[0].rows.find((row) => row[1] === 'Ateliers débriefés');
      expect(debriefsRow?.[2]).toBe(Number((figures ?? '').replace(/\s/g, '')));

      await page.getByLabel('Pour qui ?').fill('Métropole — bilan intermédiaire');
      await page.getByRole('button', { name: 'Créer le lien' }).click();
      const link = await page.getByLabel('Lien de partage').inputValue();
      expect(link).toContain('/rapport/partage/');

      const funder = await browser.newContext({ locale: 'fr-FR' });
      try {
        const shared = await funder.newPage();
        await shared.goto(link);
        await expectText(shared.getByRole('heading', { level: 1 }), /Rapport d’activité du réseau/);
        await expectText(shared.locator('.report-period'), new RegExp(`Du 1 janvier ${lastYear}`));
        await expectText(shared.locator('.notice').first(), /lecture seule/);
        expect(await shared.getByRole('button', { name: 'Créer le lien' }).count()).toBe(0);
        const [sharedPdf] = await Promise.all([
          shared.waitForEvent('download'),
          shared.getByRole('button', { name: 'Exporter en PDF' }).click(),
        ]);
        expect(pdfText(readFileSync((await sharedPdf.path())!))).toContain('Rapport partagé en lecture seule.');
        expect(await axeViolations(shared)).toEqual([]);
      } finally {
        await funder.close();
      }
    } finally {
      await context.close();
    }
  });
});
