import { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';
import {
  acceptInvitation,
  completeWelcome,
  createOrganisation,
  deactivateMember,
  invitationLink,
  invitePerson,
  resendInvitation,
  revokeInvitation,
} from './members-admin-steps';

/**
 * Journey of the members administration (issue 14): an admin creates an organisation and invites a person to it, who
 * accepts, completes the welcome and lands on « Quoi de neuf »; the admin resends and revokes another invitation and
 * deactivates a member. Axe runs on the new pages at desktop and phone widths.
 */
describe('Journey "Welcome a newcomer, administer the members"', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const word = Date.now().toString(36);
  const organisationName = `Ludothèque des Hauts ${word}`;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ locale: 'fr-FR', viewport });
    contexts.push(context);
    return context.newPage();
  }

  async function adminPage(): Promise<Page> {
    const { context, page } = await signedInPage(browser, 'admin@example.org');
    contexts.push(context);
    return page;
  }

  it('an admin creates an organisation, invites a person who completes the welcome and lands on « Quoi de neuf »', async () => {
    const admin = await adminPage();
    await createOrganisation(admin, organisationName);
    const email = `ines.${word}@example.org`;
    await invitePerson(admin, { email, name: 'Inès Moreau', organisationName });
    const link = await invitationLink(admin, email);

    const newcomer = await newPage();
    await acceptInvitation(newcomer, link, 'Inès Moreau', 'une phrase de passe solide');
    // The organisation of the invitation is chosen already.
    expect(await newcomer.getByLabel(/^Votre structure/).inputValue()).toMatch(/^ludotheque-des-hauts/);
    expect(await axeViolations(newcomer)).toEqual([]);
    await newcomer.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(newcomer)).toEqual([]);
    await completeWelcome(newcomer, {
      title: 'Médiatrice jeux vidéo',
      expertise: ['Jeux vidéo'],
      follow: ['Jeux vidéo', "Éducation à l'image"],
    });
    // « Quoi de neuf » for the themes chosen: no « follow something » invitation.
    await expectText(newcomer.locator('main'), /Quoi de neuf/);
    expect(await newcomer.getByRole('link', { name: 'Choisir mes abonnements' }).count()).toBe(0);
    // The mailed link is on the public address (its host may differ from baseUrl's): the session cookie is there.
    await newcomer.goto(new URL('/suivis', newcomer.url()).toString());
    await expectText(newcomer.locator('main'), /Éducation à l'image/);
  });

  it.each([
    ['1280 px', { width: 1280, height: 900 }],
    ['390 px', { width: 390, height: 844 }],
  ])('the admin resends and revokes invitations and deactivates a member; axe passes at %s', async (_, viewport) => {
    const admin = await adminPage();
    await admin.setViewportSize(viewport);
    const suffix = `${word}${viewport.width}`;
    const resent = `paul.${suffix}@example.org`;
    const revoked = `rose.${suffix}@example.org`;
    await invitePerson(admin, {
      email: resent,
      name: 'Paul Roux',
      organisationName: 'Centre de ressources enfance famille école (CREFE)',
    });
    await invitePerson(admin, {
      email: revoked,
      name: 'Rose Petit',
      organisationName: 'Centre de ressources enfance famille école (CREFE)',
    });
    const firstLink = await invitationLink(admin, resent);

    await admin.goto(`${baseUrl()}/administration/membres`);
    await expectText(admin.getByRole('heading', { level: 2, name: 'Invitations en attente' }), /Invitations/);
    await admin.getByRole('row', { name: new RegExp(resent) }).waitFor();
    expect(await axeViolations(admin)).toEqual([]);

    await resendInvitation(admin, resent);
    expect(await invitationLink(admin, resent, firstLink)).not.toBe(firstLink);
    await revokeInvitation(admin, revoked);

    // The old link of the resent invitation and the revoked one no longer work; the latter says why, in French.
    const visitor = await newPage(viewport);
    await visitor.goto(firstLink);
    await expectText(visitor.getByRole('heading', { level: 1 }), /Cette invitation n’est plus valable/);
    const revokedLink = await invitationLink(visitor, revoked);
    await visitor.goto(revokedLink);
    await expectText(visitor.getByRole('heading', { level: 1 }), /Cette invitation a été révoquée/);
    expect(await axeViolations(visitor)).toEqual([]);

    if (viewport.width === 1280) {
      // Nadia Kessler is signed in elsewhere: deactivated, she is signed out at once.
      const { context, page: nadia } = await signedInPage(browser, 'nadia.kessler@example.org');
      contexts.push(context);
      await deactivateMember(admin, 'Nadia Kessler');
      await expectText(admin.getByRole('row', { name: /Nadia Kessler/ }), /Désactivé le/);
      expect(await axeViolations(admin)).toEqual([]);
      await nadia.goto(`${baseUrl()}/profil`);
      await nadia.waitForURL((url) => url.pathname === '/connexion');
    }
  });
});
