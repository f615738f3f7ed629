import { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectText, launchChromium, signedInPage } from './browser';
import {
  acceptInvitation,
  completeWelcome,
  createOrganisation,
  invitationLink,
  invitePerson,
} from './members-admin-steps';
import {
  acceptKitLoan,
  dayFromToday,
  handOverKitLoan,
  loanCard,
  openKit,
  requestKitLoan,
  returnKitLoan,
} from './support/kits';
import { askWhoKnows, deliveredMail, openPerson, rankedPeople, sendMessage } from './who-knows-steps';

/**
 * Issue 14's journey, end to end in one run, each step in the browser of the person who takes it: the network's
 * administrator creates an organisation and its coordinator invites a person, who completes the welcome; a member
 * asks the directory « qui connaît les jeux vidéo ? », finds the newcomer among the people who know, writes to her,
 * then books the tablets for the network meeting; the médiathèque accepts, hands them over and takes them back with a
 * charger missing. Each page's axe checks live in the feature journeys (directory, who-knows, members-admin, kits).
 */
describe('Journey "The network sees itself": directory, welcome, who knows, message, kit loan', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const word = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  async function as(email: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, email);
    contexts.push(context);
    return page;
  }

  it('from a new organisation to a kit returned with a missing charger', async () => {
    // The administrator adds the organisation; the coordinator invites a person to it.
    const organisationName = `Ludothèque du Biollay ${word}`;
    await createOrganisation(await as('admin@example.org'), organisationName);
    const coordinator = await as('camille.durand@example.org');
    const email = `maelle.${word}@example.org`;
    await invitePerson(coordinator, { email, name: 'Maëlle Rivoire', organisationName });
    const link = await invitationLink(coordinator, email);

    // The newcomer chooses a password, says what she knows, and lands on « Quoi de neuf ».
    const newcomerContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    contexts.push(newcomerContext);
    const newcomer = await newcomerContext.newPage();
    await acceptInvitation(newcomer, link, 'Maëlle Rivoire', 'une phrase de passe solide');
    await completeWelcome(newcomer, {
      title: 'Animatrice jeux vidéo',
      expertise: ['Jeux vidéo'],
      follow: ['Jeux vidéo'],
    });

    // A member asks who knows video games: the newcomer is among the people listed, for her declared expertise.
    const member = await as('yanis.benali@example.org');
    await askWhoKnows(member, 'qui connaît les jeux vidéo ?', 'Jeux vidéo');
    const people = await rankedPeople(member);
    expect(people[0].name).toBe('Claire Mounier');
    expect(people).toContainEqual({ name: 'Maëlle Rivoire', reasons: ['Expertise déclarée'] });
    await openPerson(member, 'Maëlle Rivoire');
    await expectText(member.locator('main'), new RegExp(organisationName));
    await sendMessage(member, {
      subject: `Tournoi en famille ${word}`,
      text: 'Bonjour Maëlle, bienvenue ! Seriez-vous partante pour co-animer le tournoi de mars ?',
    });
    const mail = await deliveredMail(member, email, `[Culture commune] Tournoi en famille ${word}`);
    expect(mail.replyTo).toBe('yanis.benali@example.org');
    expect(mail.text).toContain('co-animer le tournoi');

    // The member books the tablets for the network meeting; the médiathèque accepts, hands over, takes them back.
    const purpose = `Tournoi sur tablettes ${word}`;
    await openKit(member, 'malle-tablettes', /Malle tablettes/);
    await requestKitLoan(member, {
      startsOn: dayFromToday(60),
      endsOn: dayFromToday(61),
      purpose,
      eventSlug: 'rencontre-reseau-2026-12',
    });
    const owner = await as('claire.mounier@example.org');
    await openKit(owner, 'malle-tablettes', /Malle tablettes/);
    await expectText(loanCard(owner, purpose), /Yanis Benali/);
    await acceptKitLoan(owner, purpose);
    await handOverKitLoan(owner, purpose);
    await returnKitLoan(owner, purpose, { label: 'Chargeur', count: 1, note: 'chargeur resté au Biollay' });
    await expectText(owner.locator('main'), /chargeur resté au Biollay/);

    await member.goto(`${baseUrl()}/malles`);
    await expectText(loanCard(member, purpose), /Rendue/);
  });
});
