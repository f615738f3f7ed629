import { Browser } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

describe('Broken links: coordinators find the list among the admin pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('opens « Liens cassés » from the other admin pages, says no link is broken yet, and passes axe', async () => {
    const { context, page } = await signedInPage(browser, 'camille.durand@example.org');
    try {
      await page.goto(`${baseUrl()}/administration/corbeille`);
      await expectText(page.getByRole('heading', { level: 1 }), /Corbeille des ressources/);
      await page
        .getByRole('navigation', { name: 'Administration' })
        .getByRole('link', { name: 'Liens cassés' })
        .click();
      await expectText(page.getByRole('heading', { level: 1 }), /Liens cassés/);
      await expectText(page.getByText(/^Aucun lien cassé/), /toutes les adresses vérifiées répondent/);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
