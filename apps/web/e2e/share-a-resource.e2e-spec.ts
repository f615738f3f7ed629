import { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

describe('Journey "Share": a member adds a resource and finds it a moment later', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fr-FR' });
    // Sharing needs an account: sign in as a demo member (the session cookie lands in the page's context).
    const signedIn = await page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'mutation { signIn(email: "sophie.reynaud@example.org", password: "culture-commune-demo") { id } }',
      },
    });
    expect((await signedIn.json()).errors).toBeUndefined();
  });
  afterAll(() => browser.close());

  it('shows French messages next to the fields when the form is incomplete', async () => {
    await page.goto(`${baseUrl()}/ressources/nouvelle`);
    await expectText(page.getByRole('heading', { level: 1 }), /Ajouter une ressource/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const title = page.getByLabel(/^Titre/);
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(messages.join(' ')).toContain('Ce champ est obligatoire.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves a new tool, opens its page, and search finds it', async () => {
    await page.getByLabel(/^Type/).selectOption('outil');
    await page.getByLabel(/^Format/).selectOption('jeu');
    await page.getByLabel(/^Titre/).fill('Le jeu des lucioles numériques');
    await page
      .getByLabel(/^Résumé/)
      .fill('Un jeu coopératif pour parler des notifications et du sommeil avec les familles.');
    await page
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Écrans et petite enfance' })
      .check();
    await page
      .getByRole('group', { name: /^Publics/ })
      .getByRole('checkbox', { name: 'Familles' })
      .check();
    await page.getByLabel(/^Étiquettes/).fill('sommeil, jeu coopératif');
    // A médiathèque named after a person: the contributor says it is an organisation, with the keyboard (issue 13, item 1).
    await page.getByLabel(/^Auteurs/).fill('Médiathèque Simone Veil, Xiaoling Wang');
    const kinds = page.getByRole('group', { name: /^Personne ou organisation/ });
    const wang = kinds.getByRole('combobox', { name: 'Xiaoling Wang' });
    expect(await wang.locator('option:checked').textContent()).toBe('Automatique (organisation)');
    await wang.focus();
    await page.keyboard.press('ArrowDown');
    expect(await wang.inputValue()).toBe('person');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expectText(page.getByRole('heading', { level: 1 }), /Le jeu des lucioles numériques/);
    expect(page.url()).toBe(`${baseUrl()}/ressources/le-jeu-des-lucioles-numeriques`);
    expect(await axeViolations(page)).toEqual([]);

    // Indexing is asynchronous (outbox → Meilisearch): wait until the API finds it, as a person would retry.
    await eventuallyFound(page, 'lucioles', 'le-jeu-des-lucioles-numeriques');
    await page.goto(baseUrl());
    await page.getByRole('combobox', { name: 'Rechercher une ressource' }).fill('lucioles');
    await page.waitForFunction(
      () => document.querySelector('main a[href="/ressources/le-jeu-des-lucioles-numeriques"]') !== null,
      undefined,
      {
        timeout: 10_000,
      },
    );
  });

  it('edits the summary, sees the change in the history, and restores the first version', async () => {
    await page.goto(`${baseUrl()}/ressources/le-jeu-des-lucioles-numeriques`);
    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.getByLabel(/^Résumé/).fill('Un jeu coopératif pour parler des écrans du soir avec les familles.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), /Le jeu des lucioles numériques/);

    await page.getByRole('link', { name: 'Historique des modifications' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), /Historique\u00a0: Le jeu des lucioles numériques/);
    expect(page.url()).toBe(`${baseUrl()}/ressources/le-jeu-des-lucioles-numeriques/historique`);
    const versions = page.getByRole('list', { name: 'Versions, de la plus récente à la plus ancienne' });
    const latest = versions.getByRole('listitem').first();
    await expectText(latest.getByRole('heading'), /Version 2/);
    // The words that changed are marked in the summary.
    await expectText(latest.locator('ins').first(), /^écrans$/);
    await expectText(latest.locator('del').first(), /^notifications et$/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Restaurer cette version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restaurer la version 1\u202f?' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'restaurée' }), /La version 1 a été restaurée\./);
    await expectText(versions.getByRole('listitem').first().getByRole('heading'), /Version 3/);
    await page.goto(`${baseUrl()}/ressources/le-jeu-des-lucioles-numeriques`);
    await expectText(page.locator('.lead').first(), /notifications et du sommeil/);
  });

  it('deletes it into the bin, from where a coordinator restores it', async () => {
    await page.goto(`${baseUrl()}/ressources/le-jeu-des-lucioles-numeriques`);
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Placer dans la corbeille' }).click();
    await expectText(page.getByText('Placée dans la corbeille (30\u00a0jours).'), /corbeille/);

    const { context, page: coordinator } = await signedInPage(browser, 'camille.durand@example.org');
    try {
      await coordinator.goto(`${baseUrl()}/ressources/le-jeu-des-lucioles-numeriques`);
      await expectText(coordinator.getByRole('heading', { level: 1 }), /Ressource introuvable/);
      await coordinator.goto(`${baseUrl()}/administration/corbeille`);
      await expectText(coordinator.getByRole('heading', { level: 1 }), /Corbeille des ressources/);
      const row = coordinator.getByRole('row', { name: /Le jeu des lucioles numériques/ });
      await expectText(row.getByRole('cell').nth(1), /Sophie/);
      expect(await axeViolations(coordinator)).toEqual([]);
      await row.getByRole('button', { name: /^Restaurer/ }).click();
      await expectText(coordinator.getByRole('status').filter({ hasText: 'restaurée' }), /a été restaurée/);
      await coordinator.getByRole('link', { name: 'Voir la ressource' }).click();
      await expectText(coordinator.getByRole('heading', { level: 1 }), /Le jeu des lucioles numériques/);
    } finally {
      await context.close();
    }
    await eventuallyFound(page, 'lucioles', 'le-jeu-des-lucioles-numeriques');
  });
});

/** Asks the API as the page's signed-in member (its cookies), until the search finds the resource. */
async function eventuallyFound(page: Page, q: string, slug: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const response = await page.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: 'query($q: String) { search(input: { q: $q }) { hits { resource { slug } } } }',
        variables: { q },
      },
    });
    const body = (await response.json()) as { data?: { search: { hits: { resource: { slug: string } }[] } } };
    if (body.data?.search.hits.some((hit) => hit.resource.slug === slug)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`"${q}" did not find ${slug} within 10 s`);
}
