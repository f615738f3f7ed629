import { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium } from './browser';

const TOOL = '/ressources/kit-realite-augmentee';

/** « Utilisé 12 fois · 214 participants · 4,3/5 » → { count: 12, participants: 214 } (spaces of any kind in numbers). */
function parseSummary(text: string): { count: number; participants: number } {
  const match = /Utilisé ([\d\s\u00a0\u202f]+)\u00a0fois · ([\d\s\u00a0\u202f]+)\u00a0participants?/.exec(text);
  if (!match) throw new Error(`Not an aggregate sentence: "${text}"`);
  const number = (value: string) => Number(value.replace(/[\s\u00a0\u202f]/g, ''));
  return { count: number(match[1]), participants: number(match[2]) };
}

describe('Journey "Debrief": after a workshop, a member records how a tool went', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fr-FR' });
    // Debriefing needs an account: sign in as a demo member (the session cookie lands in the page's context).
    const signedIn = await page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'mutation { signIn(email: "yanis.benali@example.org", password: "culture-commune-demo") { id } }',
      },
    });
    expect((await signedIn.json()).errors).toBeUndefined();
  });
  afterAll(() => browser.close());

  it('adds a debrief to a tool and sees the aggregate and the list updated', async () => {
    await page.goto(`${baseUrl()}${TOOL}`);
    const section = page.getByRole('region', { name: 'Retours d’atelier' });
    const summary = section.locator('.debrief-summary');
    await expectText(summary, /^Utilisé \d+\u00a0fois/);
    const before = parseSummary(((await summary.textContent()) ?? '').trim());
    expect(before.count).toBeGreaterThanOrEqual(1); // the demo library has one debrief on this tool
    const itemsBefore = await section.getByRole('article').count();

    await section.getByRole('button', { name: 'Ajouter un retour d’atelier' }).click();
    const form = section.getByRole('form', { name: 'Ajouter un retour d’atelier' });
    await form.getByLabel(/^Date de l’atelier/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel(/^Date de l’atelier/).fill('2025-03-12');
    await form.getByLabel(/^Lieu ou contexte/).fill('Médiathèque de quartier, mercredi après-midi');
    await form.getByLabel(/^Public/).selectOption('familles');
    await form.getByLabel(/^Tranche d’âge/).fill('8-12 ans');
    await form.getByLabel(/^Nombre de participants/).fill('20');
    await form.getByLabel(/^Durée/).fill('90');
    await form.getByRole('checkbox', { name: 'Parents présents' }).check();
    await form.getByLabel(/^Ce qui a bien marché/).fill('Léo, 7 ans, a adoré le parcours.');
    // A warning, not a block: the person rewrites without the first name.
    await expectText(
      form.getByRole('status').filter({ hasText: 'Attention' }),
      /«\u00a0Léo, 7 ans\u00a0» ressemble à l’identité d’un enfant/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await form.getByLabel(/^Ce qui a bien marché/).fill('Un garçon de 7 ans a guidé ses parents dans le parcours.');
    await form.getByLabel(/^Ce qu’il faudrait ajuster/).fill('Prévoir deux tablettes de plus.');
    await form.getByRole('group', { name: /^Note/ }).getByRole('radio', { name: '5 — excellent' }).check();
    await form.getByRole('button', { name: 'Enregistrer le retour d’atelier' }).click();

    await expectText(
      section.getByRole('status').filter({ hasText: 'enregistré' }),
      /Votre retour d’atelier a été enregistré\./,
    );
    await expectText(summary, new RegExp(`^Utilisé ${before.count + 1}\u00a0fois`));
    const after = parseSummary(((await summary.textContent()) ?? '').trim());
    expect(after).toEqual({ count: before.count + 1, participants: before.participants + 20 });
    expect(await section.getByRole('article').count()).toBe(itemsBefore + 1);
    const mine = section.getByRole('article', { name: /12 mars 2025/ });
    await expectText(mine, /Par Yanis Benali/);
    expect(await mine.textContent()).toContain('5 sur 5');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the tool among those tested in the field, best rated first', async () => {
    await page.goto(baseUrl());
    const status = page.getByRole('status').first();
    await expectText(status, /^\d+ ressources$/);
    const total = Number(/^(\d+)/.exec(((await status.textContent()) ?? '').trim())?.[1]);

    await page.getByRole('checkbox', { name: 'Testé sur le terrain' }).check();
    // Only tools that have a debrief are listed: fewer than the whole library, this tool among them.
    await expectText(status, new RegExp(`^(?!${total} )\\d+ ressources?$`));
    const tested = Number(/^(\d+)/.exec(((await status.textContent()) ?? '').trim())?.[1]);
    expect(tested).toBeGreaterThan(0);
    expect(tested).toBeLessThan(total);

    await page.getByLabel('Trier par').selectOption({ label: 'Mieux notés' });
    await page.waitForFunction(
      (href) =>
        new URL(window.location.href).searchParams.get('sort') === 'bestRated' &&
        document.querySelector('.loading-indicator') === null &&
        document.querySelector(`main a[href="${href}"]`) !== null,
      TOOL,
      { timeout: 10_000 },
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('teste')).toBe('1');
    expect(url.searchParams.get('sort')).toBe('bestRated');
    await expectText(status, new RegExp(`^${tested} ressources?$`));
    expect(await axeViolations(page)).toEqual([]);
  });
});
