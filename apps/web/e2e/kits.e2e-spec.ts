import { Browser } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';
import {
  acceptKitLoan,
  dayFromToday,
  handOverKitLoan,
  loanCard,
  openKit,
  requestKitLoan,
  returnKitLoan,
} from './support/kits';

/** Borrowing a kit: a member books it for an event, the owner accepts, hands it over and takes it back. */
describe('Kits: book a kit for an event, accept, hand over, return with a missing charger', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('a member books the tablets for the December meeting; the médiathèque accepts, hands over, notes a missing charger', async () => {
    const purpose = `Atelier tablettes de la rencontre ${Date.now()}`;
    const borrower = await signedInPage(browser, 'yanis.benali@example.org');
    const owner = await signedInPage(browser, 'claire.mounier@example.org');
    try {
      await openKit(borrower.page, 'malle-tablettes', /Malle tablettes/);
      await requestKitLoan(borrower.page, {
        startsOn: dayFromToday(40),
        endsOn: dayFromToday(42),
        purpose,
        eventSlug: 'rencontre-reseau-2026-12',
      });

      await openKit(owner.page, 'malle-tablettes', /Malle tablettes/);
      await expectText(loanCard(owner.page, purpose), /Yanis Benali/);
      await expectText(loanCard(owner.page, purpose), /Rencontre/);
      await acceptKitLoan(owner.page, purpose);
      await handOverKitLoan(owner.page, purpose);
      await returnKitLoan(owner.page, purpose, { label: 'Chargeur', count: 1, note: 'oublié dans la salle' });

      await borrower.page.goto(`${baseUrl()}/malles`);
      await expectText(loanCard(borrower.page, purpose), /Rendue/);
    } finally {
      await borrower.context.close();
      await owner.context.close();
    }
  });

  it.each([
    ['1280 px', { width: 1280, height: 900 }],
    ['390 px', { width: 390, height: 844 }],
  ])(
    'the kits pages (list, kit, its owners’ photo form, new kit form) pass axe at %s; the calendar moves with the keyboard',
    async (_, viewport) => {
      const { context, page } = await signedInPage(browser, 'claire.mounier@example.org');
      try {
        await page.setViewportSize(viewport);
        await page.goto(`${baseUrl()}/malles`);
        await expectText(page.getByRole('heading', { level: 1 }), /Malles à emprunter/);
        await expectText(page.locator('.kit-list'), /Robots Thymio/);
        expect(await axeViolations(page)).toEqual([]);

        await openKit(page, 'robots-thymio', /Robots Thymio/);
        const grid = page.getByRole('grid');
        await grid.locator('button[tabindex="0"]').focus();
        const before = await page.evaluate(() => document.activeElement?.getAttribute('data-day'));
        await page.keyboard.press('ArrowRight');
        const after = await page.evaluate(() => document.activeElement?.getAttribute('data-day'));
        expect(after).not.toBe(before);
        await page.keyboard.press('Enter');
        await expectText(page.getByLabel('Premier jour (retrait)').locator('xpath=..'), /Premier jour/);
        expect(await page.getByLabel('Premier jour (retrait)').inputValue()).toBe(after);
        expect(await axeViolations(page)).toEqual([]);

        // Her médiathèque's kit: the photo form of those who manage it.
        await openKit(page, 'malle-tablettes', /Malle tablettes/);
        await expectText(page.getByRole('heading', { name: 'Photos' }), /Photos/);
        await page.getByRole('textbox', { name: 'Description de la photo' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);

        await page.goto(`${baseUrl()}/malles/nouvelle`);
        await expectText(page.getByRole('heading', { level: 1 }), /Nouvelle malle/);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
