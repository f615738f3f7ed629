import { Browser } from 'playwright-core';
import sharp from 'sharp';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

/** « Qui connaît … ? » — the directory of the network's organisations and people, at desktop and phone widths. */
describe('Directory: find who knows a theme, open their organisation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it.each([
    ['1280 px', { width: 1280, height: 900 }],
    ['390 px', { width: 390, height: 844 }],
  ])(
    'a member searches « jeux vidéo », narrows to people, opens the media library; axe passes at %s',
    async (_, viewport) => {
      const { context, page } = await signedInPage(browser, 'camille.durand@example.org');
      try {
        await page.setViewportSize(viewport);
        await page.goto(`${baseUrl()}/annuaire`);
        await expectText(page.getByRole('heading', { level: 1 }), /Annuaire des acteurs/);
        await expectText(page.getByRole('heading', { level: 2, name: /résultats/ }), /\d+\sr\u00e9sultats/);
        expect(await axeViolations(page)).toEqual([]);

        await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill('jeux video');
        await page
          .getByRole('group', { name: 'Structures ou personnes' })
          .getByRole('checkbox', { name: /Personnes/ })
          .check();
        // « jeux video » names a theme: the declared expert with debriefs first, then who debriefed a tool of it (other
        // journeys may have welcomed more experts of it meanwhile: the count is not fixed).
        await page.waitForURL((url) => url.searchParams.get('q') === 'jeux video');
        await expectText(page.locator('.who-knows-intro'), /Qui connaît «\sJeux vidéo\s»/);
        await expectText(page.getByRole('heading', { level: 2, name: /résultat/ }), /^\d+\sr\u00e9sultats$/);
        await expectText(page.locator('.directory-hit', { hasText: 'Yanis Benali' }), /1\sretour d’atelier/);
        await expectText(page.locator('.directory-hit h3').first(), /Claire Mounier/);
        await page.getByRole('link', { name: 'Claire Mounier' }).click();
        await expectText(page.getByRole('heading', { level: 1 }), /Claire Mounier/);
        await page.getByRole('link', { name: 'Médiathèque de Chambéry' }).click();

        await expectText(page.getByRole('heading', { level: 1 }), /Médiathèque de Chambéry/);
        await expectText(page.getByRole('heading', { level: 2, name: 'Membres', exact: true }), /Membres/);
        expect(await page.getByRole('link', { name: 'Claire Mounier' }).count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('a visitor sees the organisations and only the people who chose public', async () => {
    const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${baseUrl()}/annuaire?q=Cognin`);
      await expectText(page.locator('.directory-hits'), /Atelier numérique de Cognin/);
      // Léa Girard (Cognin) chose « members only ».
      expect(await page.getByRole('link', { name: 'Léa Girard' }).count()).toBe(0);
      await page.goto(`${baseUrl()}/structures/maison-enfance-biollay`);
      await expectText(page.getByRole('heading', { level: 1 }), /Maison de l'enfance du Biollay/);
      await expectText(page.getByText(/quartier prioritaire de la politique de la ville/), /Intervient/);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('an admin gives an organisation its logo: shown on its page and its directory hit; axe passes at 1280 and 390 px', async () => {
    const { context, page } = await signedInPage(browser, 'admin@example.org');
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${baseUrl()}/structures/atelier-numerique-cognin`);
      await expectText(page.getByRole('heading', { level: 1 }), /Atelier numérique de Cognin/);
      const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#1d6f42' } })
        .png()
        .toBuffer();
      await page
        .getByLabel('Logo de la structure')
        .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
      await expectText(page.locator('.logo-upload [role="status"]'), /^Logo enregistré\.$/);
      const logo = page.getByRole('img', { name: 'Logo de Atelier numérique de Cognin' });
      await logo.waitFor();
      expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(256);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${baseUrl()}/annuaire?q=Cognin`);
      await page.locator('.directory-hit-logo').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
