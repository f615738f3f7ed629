import { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium } from './browser';

/**
 * Journey of the accounts issue: a coordinator invites a person, who accepts, signs in, shares a draft that a visitor
 * cannot find, then publishes it to the network, where a member finds it.
 */
describe('Journey "Join and share": invitation, sign-in, drafts and network visibility', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const word = `luciole${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-FR' });
    contexts.push(context);
    return context.newPage();
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto(`${baseUrl()}/connexion`);
    await page.getByLabel(/^Adresse électronique/).fill(email);
    await page.getByLabel(/^Mot de passe/).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  }

  async function searchFinds(page: Page, expected: boolean): Promise<void> {
    // Indexing is asynchronous; reload the search until the answer is the expected one (10 s at most).
    const deadline = Date.now() + 10_000;
    for (;;) {
      await page.goto(`${baseUrl()}/?q=${word}`);
      await expectText(page.getByRole('status').first(), /ressource/);
      const found = (await page.locator(`main a[href*="${word}"]`).count()) > 0;
      if (found === expected) return;
      if (Date.now() > deadline) throw new Error(`search for ${word}: expected ${expected ? 'a hit' : 'no hit'}`);
      await page.waitForTimeout(200);
    }
  }

  it('goes from invitation to a resource shared with the network', async () => {
    const coordinator = await newPage();
    await coordinator.goto(`${baseUrl()}/connexion`);
    expect(await axeViolations(coordinator)).toEqual([]);
    await signIn(coordinator, 'camille.durand@example.org', 'culture-commune-demo');
    await coordinator.goto(`${baseUrl()}/inviter`);
    await coordinator.getByLabel(/^Adresse électronique/).fill(`nora.${word}@example.org`);
    await coordinator.getByLabel(/^Nom/).fill('Nora Nouvelle');
    await coordinator.getByLabel(/^Structure/).selectOption('crefe');
    await coordinator.getByRole('radio', { name: /^Membre/ }).check();
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expectText(coordinator.locator('main'), new RegExp(`Invitation envoyée à nora\\.${word}@example\\.org`));

    // The development mailbox holds the invitation link once the job queue has delivered it (reload as a person would).
    const invitationLink = coordinator.locator('main a[href*="/invitation?jeton="]');
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await coordinator.goto(`${baseUrl()}/dev/courriels`);
      await coordinator.locator('main h1').waitFor();
      if ((await invitationLink.count()) > 0) break;
      await coordinator.waitForTimeout(250);
    }
    const link = await coordinator.locator('main a[href*="/invitation?jeton="]').first().getAttribute('href');
    expect(link).toBeTruthy();

    const newcomer = await newPage();
    await newcomer.goto(link!);
    await expectText(newcomer.locator('main'), /Nora Nouvelle/);
    expect(await axeViolations(newcomer)).toEqual([]);
    await newcomer.getByLabel(/^Mot de passe/).fill('une phrase de passe solide');
    await newcomer.getByLabel(/^Confirmation/).fill('une phrase de passe solide');
    await newcomer.getByRole('button', { name: 'Créer mon compte' }).click();
    // The welcome step comes first; skipped here (members-admin.e2e-spec.ts completes it).
    await newcomer.waitForURL((url) => url.pathname === '/bienvenue');

    // Sign out, then sign in with the new password.
    await newcomer.context().clearCookies();
    await signIn(newcomer, `nora.${word}@example.org`, 'une phrase de passe solide');

    // A draft: only its contributor (and coordinators) see it.
    await newcomer.goto(`${baseUrl()}/ressources/nouvelle`);
    await newcomer.getByLabel(/^Type/).selectOption('lecture');
    await newcomer.getByLabel(/^Format/).selectOption('article');
    await newcomer.getByLabel(/^Titre/).fill(`Brouillon ${word}`);
    await newcomer.getByLabel(/^Résumé/).fill('Notes de lecture en cours, à partager plus tard avec le réseau.');
    await newcomer
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Parentalité numérique' })
      .check();
    await newcomer.getByRole('radio', { name: /^Brouillon/ }).check();
    await newcomer.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(newcomer.getByRole('heading', { level: 1 }), new RegExp(`Brouillon ${word}`));
    const resourceUrl = newcomer.url();
    await searchFinds(newcomer, true);

    const visitor = await newPage();
    await searchFinds(visitor, false);
    await visitor.goto(resourceUrl);
    await expectText(visitor.getByRole('heading', { level: 1 }), /Ressource introuvable/);

    const member = await newPage();
    await signIn(member, 'yanis.benali@example.org', 'culture-commune-demo');
    await searchFinds(member, false);

    // Published to the network: members find it, visitors still do not.
    await newcomer.goto(`${resourceUrl}/modifier`);
    await newcomer.getByRole('radio', { name: /^Réseau/ }).check();
    await newcomer.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(newcomer.getByRole('heading', { level: 1 }), new RegExp(`Brouillon ${word}`));
    await searchFinds(member, true);
    await searchFinds(visitor, false);
  });
});

/** Journey of the administration pages: an admin changes a member's role, then finds the change in the audit log. */
describe('Journey "Administer the members": role change and audit log', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser.close();
  });

  it('changes Léa Girard’s role, finds it in the audit log, sees no failed job and the service status', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const admin = await context.newPage();
    await admin.goto(`${baseUrl()}/connexion`);
    await admin.getByLabel(/^Adresse électronique/).fill('admin@example.org');
    await admin.getByLabel(/^Mot de passe/).fill('culture-commune-demo');
    await admin.getByRole('button', { name: 'Se connecter' }).click();
    await admin.waitForURL((url) => !url.pathname.startsWith('/connexion'));

    await admin.goto(`${baseUrl()}/administration/membres`);
    const role = admin.getByLabel('Rôle de Léa Girard');
    await role.waitFor();
    expect(await role.inputValue()).toBe('member');
    await role.selectOption({ label: 'Coordinateur·rice' });
    await admin
      .getByRole('row', { name: /Léa Girard/ })
      .getByRole('button', { name: /^Modifier le rôle/ })
      .click();
    // The page's first live region (the pending invitations section below has its own).
    await expectText(
      admin.locator('main [role="status"]').first(),
      /Le rôle de Léa Girard est désormais «\sCoordinateur·rice\s»\./,
    );
    expect(await admin.locator('main [role="alert"]').count()).toBe(0);
    expect(await axeViolations(admin)).toEqual([]);

    await admin.getByRole('link', { name: 'Journal d’audit' }).first().click();
    await admin.waitForURL((url) => url.pathname === '/administration/journal');
    const entry = admin.locator('main tbody tr', { hasText: 'lea-girard' }).filter({ hasText: 'Rôle modifié' });
    await entry.first().waitFor();
    await expectText(entry.first(), /Avant\s:\sMembre\s*Après\s:\sCoordinateur·rice/);
    expect(await axeViolations(admin)).toEqual([]);

    // The job queue's dead letters, one link away: nothing failed in this run.
    await admin.getByRole('link', { name: 'Tâches en échec' }).first().click();
    await admin.waitForURL((url) => url.pathname === '/administration/taches');
    await expectText(admin.getByRole('heading', { level: 1 }), /Tâches en échec/);
    await expectText(admin.locator('main'), /Aucune tâche en échec\s:\stout ce qui devait partir est parti\./);
    expect(await axeViolations(admin)).toEqual([]);

    // « État du service »: versions in service, and no backup recorded yet in this fresh installation.
    await admin.getByRole('link', { name: 'État du service' }).first().click();
    await admin.waitForURL((url) => url.pathname === '/administration/etat');
    await expectText(admin.getByRole('heading', { level: 1 }), /État du service/);
    await expectText(admin.getByRole('region', { name: 'Sauvegarde' }), /Aucune sauvegarde/);
    await expectText(admin.getByRole('region', { name: 'Versions' }), /Dernière migration\s*[A-Za-z]+\d{13}/);
    expect(await axeViolations(admin)).toEqual([]);
  });
});

/** Journey of the themes' vocabulary: a coordinator adds a theme, which the resource form then offers. */
describe('Journey "Curate the themes": a new theme in the vocabulary and the forms', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser.close();
  });

  it('adds « Robotique éducative » and offers it in the resource form', async () => {
    context = await browser.newContext({ locale: 'fr-FR' });
    const coordinator = await context.newPage();
    await coordinator.goto(`${baseUrl()}/connexion`);
    await coordinator.getByLabel(/^Adresse électronique/).fill('camille.durand@example.org');
    await coordinator.getByLabel(/^Mot de passe/).fill('culture-commune-demo');
    await coordinator.getByRole('button', { name: 'Se connecter' }).click();
    await coordinator.waitForURL((url) => !url.pathname.startsWith('/connexion'));

    await coordinator.goto(`${baseUrl()}/administration/themes`);
    await coordinator.getByRole('table').waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    await coordinator.getByLabel(/^Intitulé(?! en anglais)/).fill('Robotique éducative');
    await coordinator.getByLabel(/^Intitulé en anglais/).fill('Educational robotics');
    await coordinator.getByLabel(/^Description/).fill('Programmer et construire des robots en classe.');
    await coordinator.getByRole('button', { name: 'Ajouter le thème' }).click();
    await expectText(coordinator.locator('main [role="status"]'), /Le thème «\sRobotique éducative\s» a été ajouté\./);
    await coordinator.getByRole('rowheader', { name: 'Robotique éducative' }).waitFor();
    expect(await coordinator.locator('main [role="alert"]').count()).toBe(0);
    expect(await axeViolations(coordinator)).toEqual([]);

    await coordinator.goto(`${baseUrl()}/ressources/nouvelle`);
    await coordinator
      .getByRole('group', { name: /^Thèmes/ })
      .getByRole('checkbox', { name: 'Robotique éducative' })
      .waitFor();

    // The English interface names it in English (issue 13, item 22).
    await coordinator.getByRole('button', { name: 'EN', exact: true }).click();
    await coordinator
      .getByRole('group', { name: /^Themes/ })
      .getByRole('checkbox', { name: 'Educational robotics' })
      .waitFor();
  });
});
