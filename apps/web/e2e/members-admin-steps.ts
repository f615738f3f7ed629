import { Page } from 'playwright-core';
import { baseUrl, expectText } from './browser';

/**
 * Steps of the members administration journey (issue 14), small enough to be chained into a longer journey: each
 * starts by opening its page and ends once the app has said the step is done.
 */

/** An admin adds an organisation on `/administration/structures`. */
export async function createOrganisation(admin: Page, name: string, city = 'Chambéry'): Promise<void> {
  await admin.goto(`${baseUrl()}/administration/structures`);
  const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Ajouter la structure' }) });
  await form.getByLabel(/^Nom/).fill(name);
  await form.getByLabel(/^Type de structure/).selectOption('association');
  await form.getByLabel(/^Commune/).fill(city);
  await form.getByRole('button', { name: 'Ajouter la structure' }).click();
  await expectText(admin.getByText(`Structure « ${name} » ajoutée.`), /ajoutée/);
}

/** A coordinator or admin invites a person to an organisation (chosen by its name) on `/inviter`. */
export async function invitePerson(
  inviter: Page,
  person: { email: string; name: string; organisationName: string },
): Promise<void> {
  await inviter.goto(`${baseUrl()}/inviter`);
  await inviter.getByLabel(/^Adresse électronique/).fill(person.email);
  await inviter.getByLabel(/^Nom/).fill(person.name);
  await inviter.getByLabel(/^Structure/).selectOption({ label: person.organisationName });
  await inviter.getByRole('radio', { name: /^Membre/ }).check();
  await inviter.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expectText(inviter.locator('main'), new RegExp(`Invitation envoyée à ${person.email.replace(/\./g, '\\.')}`));
}

/**
 * The newest invitation link mailed to `email`, read from the development mailbox once the job queue has delivered
 * it; with `other`, waits for a link different from that one (after a resend).
 */
export async function invitationLink(page: Page, email: string, other?: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await page.goto(`${baseUrl()}/dev/courriels`);
    await page.locator('main h1').waitFor();
    await page.getByRole('status').first().waitFor();
    const links = page.locator('article.mail', { hasText: email }).locator('a[href*="/invitation?jeton="]');
    const href = (await links.count()) > 0 ? await links.first().getAttribute('href') : null;
    if (href && href !== other) return href;
    if (Date.now() > deadline) throw new Error(`No ${other ? 'new ' : ''}invitation link mailed to ${email}`);
    await page.waitForTimeout(250);
  }
}

/** The invited person opens the link and chooses a password; the app takes them to the welcome step. */
export async function acceptInvitation(newcomer: Page, link: string, name: string, password: string): Promise<void> {
  await newcomer.goto(link);
  await expectText(newcomer.locator('main'), new RegExp(name));
  await newcomer.getByLabel(/^Mot de passe/).fill(password);
  await newcomer.getByLabel(/^Confirmation/).fill(password);
  await newcomer.getByRole('button', { name: 'Créer mon compte' }).click();
  await newcomer.waitForURL((url) => url.pathname === '/bienvenue');
  await expectText(newcomer.getByRole('heading', { level: 1 }), /Bienvenue dans le réseau/);
}

/** The welcome step, filled from the keyboard's point of view (labels), then « Quoi de neuf ». */
export async function completeWelcome(
  newcomer: Page,
  welcome: { title: string; expertise: string[]; follow: string[] },
): Promise<void> {
  await newcomer.getByLabel(/^Votre fonction/).fill(welcome.title);
  const expertise = newcomer.getByRole('group', { name: /^Vos domaines d’expertise/ });
  for (const theme of welcome.expertise) await expertise.getByRole('checkbox', { name: theme }).check();
  const follow = newcomer.getByRole('group', { name: /^Thèmes à suivre/ });
  for (const theme of welcome.follow) await follow.getByRole('checkbox', { name: theme }).check();
  await newcomer.getByRole('button', { name: 'Enregistrer et continuer' }).click();
  await newcomer.waitForURL((url) => url.pathname === '/quoi-de-neuf');
  await expectText(newcomer.getByRole('heading', { level: 1 }), /Quoi de neuf/);
}

/** The row of a pending invitation on the members administration page. */
const invitationRow = (admin: Page, email: string) =>
  admin.getByRole('region', { name: 'Invitations en attente' }).getByRole('row', { name: new RegExp(email) });

/** An admin resends an invitation from `/administration/membres`. */
export async function resendInvitation(admin: Page, email: string): Promise<void> {
  await admin.goto(`${baseUrl()}/administration/membres`);
  await invitationRow(admin, email)
    .getByRole('button', { name: `Renvoyer l’invitation à ${email}` })
    .click();
  await expectText(admin.getByText(/Une nouvelle invitation a été envoyée/), new RegExp(email));
}

/** An admin revokes an invitation from `/administration/membres`, confirming in the dialog. */
export async function revokeInvitation(admin: Page, email: string): Promise<void> {
  await admin.goto(`${baseUrl()}/administration/membres`);
  await invitationRow(admin, email)
    .getByRole('button', { name: `Révoquer l’invitation à ${email}` })
    .click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Révoquer l’invitation' }).click();
  await expectText(admin.getByText(/est révoquée\.$/), new RegExp(email));
}

/** An admin deactivates a member's account from `/administration/membres`, confirming in the dialog. */
export async function deactivateMember(admin: Page, name: string): Promise<void> {
  await admin.goto(`${baseUrl()}/administration/membres`);
  await admin.getByRole('button', { name: `Désactiver le compte de ${name}` }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Désactiver le compte' }).click();
  await expectText(admin.getByText(`Le compte de ${name} est désactivé.`), /désactivé/);
}
