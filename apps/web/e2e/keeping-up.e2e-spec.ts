import { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

const RESOURCE = '/ressources/bad-news-game';

describe('Journey "Keeping up": mentions, notifications, moderation, follows and « Quoi de neuf »', () => {
  let browser: Browser;
  let yanis: Page;
  let claire: Page;
  let camille: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    yanis = (await signedInPage(browser, 'yanis.benali@example.org')).page;
    claire = (await signedInPage(browser, 'claire.mounier@example.org')).page;
    camille = (await signedInPage(browser, 'camille.durand@example.org')).page;
  });
  afterAll(() => browser.close());

  it('a comment with a mention chosen from the suggestions notifies the mentioned member', async () => {
    await yanis.goto(`${baseUrl()}${RESOURCE}`);
    const field = yanis.getByRole('combobox', { name: 'Votre commentaire (Markdown)' });
    await field.click();
    await field.pressSequentially('Testé avec une classe de 4e, @mouni', { delay: 20 });
    const suggestions = yanis.getByRole('listbox', { name: 'Membres à mentionner' });
    await suggestions.getByRole('option', { name: /Claire Mounier/ }).waitFor();
    expect(await axeViolations(yanis)).toEqual([]);
    await field.press('Enter');
    expect(await field.inputValue()).toBe('Testé avec une classe de 4e, @claire-mounier ');
    await field.pressSequentially('tu devrais l’essayer !');
    await yanis.getByRole('button', { name: 'Publier le commentaire' }).click();
    // The comment's own article, not the resource page's that holds every comment (the demo seeds comments too).
    const comment = yanis
      .getByRole('article')
      .filter({ hasText: 'Testé avec une classe de 4e' })
      .filter({ hasNot: yanis.getByRole('article') });
    // A link to her page, by name (issue 13, item 16), and Yanis's name links to his.
    const mention = comment.getByRole('link', { name: '@Claire Mounier' });
    expect(await mention.getAttribute('href')).toBe('/membres/claire-mounier');
    expect(await comment.getByRole('link', { name: 'Yanis Benali' }).getAttribute('href')).toBe(
      '/membres/yanis-benali',
    );

    // Claire sees the unread count in the header, then the notification, and follows it to the comment.
    await claire.goto(baseUrl());
    const bell = claire.getByRole('link', { name: /^Notifications \d+ non lues?$/ });
    await bell.waitFor();
    // Other journeys may have left Claire notifications too: count, then expect one fewer once this one is read.
    const unread = Number(/(\d+)/.exec((await bell.textContent()) ?? '')?.[1]);
    await bell.click();
    await claire.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const item = claire.getByRole('listitem').filter({ hasText: 'vous a mentionné·e' });
    await expectText(
      item,
      /Yanis Benali vous a mentionné·e dans un commentaire sur «\u00a0Bad News – le jeu de la désinformation\u00a0»/,
    );
    await expectText(item, /Non lue/);
    // The excerpt names her, not her address.
    await expectText(item, /Testé avec une classe de 4e, @Claire Mounier tu devrais/);
    expect(await axeViolations(claire)).toEqual([]);
    await item.getByRole('link', { name: 'Bad News – le jeu de la désinformation' }).click();
    await claire.waitForURL(/\/ressources\/bad-news-game#commentaire-/);
    const left = unread - 1;
    await claire
      .getByRole('link', { name: left === 0 ? /^Notifications$/ : new RegExp(`^Notifications ${left} non lues?$`) })
      .waitFor();
  });

  it('a member reports the comment and a coordinator hides it from the moderation queue', async () => {
    const comment = claire
      .getByRole('article')
      .filter({ hasText: 'Testé avec une classe de 4e' })
      .filter({ hasNot: claire.getByRole('article') });
    await comment.getByRole('button', { name: 'Signaler' }).click();
    const form = claire.getByRole('form', { name: 'Signaler le commentaire de Yanis Benali' });
    await form.getByLabel(/^Motif du signalement/).fill('Hors sujet pour cette ressource');
    expect(await axeViolations(claire)).toEqual([]);
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expectText(
      comment.getByRole('status').filter({ hasText: 'Signalement' }),
      /Signalement envoyé aux coordinateur·rices/,
    );

    await camille.goto(`${baseUrl()}/moderation`);
    await camille.getByRole('heading', { level: 1, name: 'Modération des commentaires' }).waitFor();
    const entry = camille.getByRole('article').filter({ hasText: 'Testé avec une classe de 4e' });
    await expectText(entry, /Signalé 1\u00a0fois/);
    await expectText(entry, /Hors sujet pour cette ressource/);
    expect(await axeViolations(camille)).toEqual([]);
    await entry.getByRole('button', { name: 'Masquer le commentaire de Yanis Benali' }).click();
    await expectText(entry, /Masqué/);
    await claire.reload();
    await expectText(claire.getByRole('region', { name: 'Commentaires' }), /Commentaire masqué par la modération/);
    expect(await claire.getByText('Testé avec une classe de 4e').count()).toBe(0);
  });

  it('a member follows a theme and a colleague, then « Quoi de neuf » shows the news with the reason', async () => {
    await claire.goto(`${baseUrl()}/suivis`);
    await claire.getByRole('heading', { level: 1, name: 'Mes abonnements' }).waitFor();
    const follow = claire.getByRole('button', { name: /^(Suivre|Suivi) Jeux vidéo$/ });
    await follow.click();
    await expectText(follow, /Suivi/);
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    expect(await claire.getByRole('link', { name: 'Flux Atom du thème Jeux vidéo' }).getAttribute('href')).toBe(
      '/flux/themes/jeux-video.atom',
    );
    expect(await axeViolations(claire)).toEqual([]);

    await claire.goto(`${baseUrl()}/membres/marc-aubert`);
    await claire.getByRole('heading', { level: 1, name: 'Marc Aubert' }).waitFor();
    await claire.getByRole('button', { name: 'Suivre Marc Aubert' }).click();
    await expectText(claire.getByRole('button', { name: /Marc Aubert/ }), /Suivi/);
    expect(await axeViolations(claire)).toEqual([]);

    const created = await yanis.request.post(`${baseUrl()}/graphql`, {
      data: {
        query: `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`,
        variables: {
          input: {
            type: 'lecture',
            format: 'article',
            title: 'Loot boxes : en parler avec les familles',
            summary: 'Une fiche pour animer une soirée.',
            authors: [],
            language: 'fr',
            visibility: 'network',
            themeSlugs: ['jeux-video'],
            audienceSlugs: ['parents'],
            tags: [],
          },
        },
      },
    });
    expect((await created.json()).errors).toBeUndefined();

    await claire.getByRole('link', { name: 'Quoi de neuf' }).click();
    const news = claire.getByRole('article').filter({ hasText: 'Loot boxes : en parler avec les familles' });
    await expectText(news, /Parce que vous suivez\u00a0: Jeux vidéo/);
    expect(await axeViolations(claire)).toEqual([]);
    // …and a notification for the new resource in a followed theme.
    await claire.goto(`${baseUrl()}/notifications`);
    await expectText(
      claire.getByRole('listitem').filter({ hasText: 'Loot boxes' }),
      /Nouvelle ressource dans le thème Jeux vidéo/,
    );
  });

  it('a member sets the weekly digest on the profile page and previews it', async () => {
    await claire.goto(`${baseUrl()}/profil`);
    const box = claire.getByRole('checkbox', { name: 'Recevoir chaque lundi la lettre des nouveautés' });
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expectText(claire.getByRole('status').filter({ hasText: 'C’est noté' }), /vous ne recevrez plus la lettre/);
    await box.check();
    await expectText(
      claire.getByRole('status').filter({ hasText: 'C’est noté' }),
      /vous recevrez la lettre chaque lundi/,
    );
    await claire.getByRole('button', { name: 'Aperçu de la prochaine lettre' }).click();
    // Claire follows « Jeux vidéo » (above): the preview lists the new resource in it.
    await expectText(claire.locator('pre').first(), /Loot boxes : en parler avec les familles/);
    expect(await axeViolations(claire)).toEqual([]);
  });

  it('the new pages read in English too', async () => {
    await claire.goto(`${baseUrl()}/quoi-de-neuf`);
    await claire.getByRole('button', { name: 'EN', exact: true }).click();
    await claire.getByRole('heading', { level: 1, name: 'What’s new' }).waitFor();
    expect(await axeViolations(claire)).toEqual([]);
    await claire.goto(`${baseUrl()}/notifications`);
    await claire.getByRole('button', { name: 'Mark all as read' }).waitFor();
    expect(await axeViolations(claire)).toEqual([]);
    await claire.getByRole('button', { name: 'FR', exact: true }).click();
  });
});
