import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { axeViolations, baseUrl, expectText, launchChromium, signedInPage } from './browser';

/** The demo list for the December network meeting (data/demo-library.json), built again in the browser. */
const TITLE = 'Lectures pour la rencontre du 10 décembre';
const ITEMS = [
  {
    slug: 'rapport-commission-ecrans-2024',
    title: 'Enfants et écrans : à la recherche du temps perdu',
    note: 'Lire au moins la synthèse et les recommandations par âge.',
  },
  {
    slug: 'fiche-soiree-debat-parents',
    title: 'Animer une soirée-débat avec des parents sur les écrans',
    note: 'Support que nous adapterons ensemble.',
  },
  {
    slug: 'photo-langage-numerique',
    title: 'Photo-langage : nos usages du numérique en famille',
    note: 'Retour d’expérience de Marc à discuter.',
  },
  {
    slug: 'posture-recherche-action',
    title: 'Recherche-action : faire des allers-retours entre le réseau et le terrain',
    note: 'Pour notre grille de débrief commune.',
  },
];
/** Names in the page use no-break spaces (« Titre », 2/4 lus): compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('Journey "Curate a reading list before a meeting"', () => {
  let browser: Browser;
  let camille: Page;
  let lea: Page;
  let listUrl: string;
  let shareUrl: string;

  const itemTitles = async (page: Page) => {
    const headings = page.getByRole('region', { name: 'Ressources de la liste' }).locator('ol > li h3');
    await headings.first().waitFor();
    return (await headings.allTextContents()).map(plain);
  };
  /** A control named « Action « Titre… » » (quotes with no-break spaces). */
  const named = (action: string, title: string) =>
    new RegExp(`^${action}\\s*«\\s*${title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

  beforeAll(async () => {
    browser = await launchChromium();
    camille = (await signedInPage(browser, 'camille.durand@example.org')).page;
    lea = (await signedInPage(browser, 'lea.girard@example.org')).page;
  });
  afterAll(() => browser.close());

  it('the coordinator creates the list and adds the readings from their pages, with a note each', async () => {
    await camille.goto(`${baseUrl()}/listes`);
    await camille.getByRole('link', { name: 'Nouvelle liste' }).click();
    await camille.getByRole('heading', { level: 1, name: 'Nouvelle liste de lecture' }).waitFor();
    expect(await axeViolations(camille)).toEqual([]);
    await camille.getByRole('textbox', { name: /^Titre/ }).fill(TITLE);
    await camille
      .getByRole('textbox', { name: 'Introduction' })
      .fill('À lire avant la rencontre : nous préparerons ensemble les soirées-débats du printemps.');
    await camille.getByRole('button', { name: 'Créer la liste' }).click();
    await camille.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    listUrl = camille.url();
    expect(listUrl).toMatch(/\/listes\/lectures-pour-la-rencontre-du-10-decembre$/);

    // Three from their pages…
    for (const item of ITEMS.slice(0, 3)) {
      await camille.goto(`${baseUrl()}/ressources/${item.slug}`);
      const section = camille.getByRole('region', { name: 'Ajouter à une liste de lecture' });
      await section.getByRole('combobox', { name: /^Liste de lecture/ }).selectOption({ label: TITLE });
      await section.getByRole('textbox', { name: /^Note/ }).fill(item.note);
      await section.getByRole('button', { name: 'Ajouter' }).click();
      await expectText(section.getByRole('status'), /Ajoutée à/);
    }
    expect(await axeViolations(camille)).toEqual([]);
    // …and the last one straight from the search results.
    const last = ITEMS[3];
    await camille.goto(`${baseUrl()}/?q=${encodeURIComponent('recherche-action allers-retours')}`);
    const open = camille.getByRole('button', {
      name: new RegExp(`^Ajouter à une liste de lecture\\s*:\\s*«\\s*${last.title.slice(0, 15)}`),
    });
    await open.click();
    const panel = camille.getByRole('group', {
      name: new RegExp(`^Ajouter à une liste de lecture\\s*:\\s*«\\s*${last.title.slice(0, 15)}`),
    });
    await panel.getByRole('combobox', { name: /^Liste de lecture/ }).selectOption({ label: TITLE });
    await panel.getByRole('textbox', { name: /^Note/ }).fill(last.note);
    expect(await axeViolations(camille)).toEqual([]);
    await panel.getByRole('button', { name: 'Ajouter' }).click();
    await expectText(panel.getByRole('status'), /Ajoutée à/);
    await camille.goto(listUrl);
    expect(await itemTitles(camille)).toEqual(ITEMS.map((item) => item.title));
    expect(plain(await camille.locator('ol > li').first().textContent())).toContain(`Note : ${ITEMS[0].note}`);
    expect(await axeViolations(camille)).toEqual([]);
  });

  it('reorders with the keyboard, announced to screen readers, and the order is kept', async () => {
    const last = ITEMS[3].title;
    const handle = camille.getByRole('button', { name: named('Déplacer', last) });
    await handle.focus();
    // dnd-kit measures between key presses (animation frames): press as a person would, each key once the previous one
    // has been taken into account, as its announcement says.
    const steps: [string, RegExp | null][] = [
      ['Space', /en position 4 sur 4/],
      ['ArrowUp', /irait en position 3 sur 4/],
      ['ArrowUp', /irait en position 2 sur 4/],
      // The drop is confirmed at once, in place of « irait en position 2 » (issue 13, item 20).
      ['Space', /déposé en position 2 sur 4/],
    ];
    for (const [key, announced] of steps) {
      await camille.keyboard.press(key);
      if (announced) await expectText(camille.getByRole('status').filter({ hasText: announced }).first(), announced);
      // dnd-kit announces the pick-up at once but starts listening to the arrows in a timer (setTimeout 0) set by the
      // pick-up. Chromium runs input before timers, so on a loaded machine an arrow sent right after the announcement
      // could reach the page before that listener (CI run of 2026-12-05: « irait en position 3 » never came). A timer
      // set now runs after it (timers of equal delay run in order): then the page listens, as it does for a person.
      await camille.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    }
    await expectText(camille.getByRole('status').filter({ hasText: 'déplacé' }).first(), /déplacé en position 2 sur 4/);
    expect(await camille.getByRole('status').filter({ hasText: 'irait en position' }).count()).toBe(0);
    const expected = [ITEMS[0].title, last, ITEMS[1].title, ITEMS[2].title];
    expect(await itemTitles(camille)).toEqual(expected);
    // The fallback buttons do the same, one step at a time.
    await camille.getByRole('button', { name: named('Descendre', ITEMS[0].title) }).click();
    // Wait for this move's own announcement (the previous one also said « position 2 sur 4 »).
    await expectText(
      camille.getByRole('status').filter({ hasText: 'Enfants et écrans' }).filter({ hasText: 'déplacé' }).first(),
      /déplacé en position 2 sur 4/,
    );
    await camille.reload();
    expect(await itemTitles(camille)).toEqual([last, ITEMS[0].title, ITEMS[1].title, ITEMS[2].title]);
  });

  it('shares a read-only link that a person without an account can open', async () => {
    await camille.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const field = camille.getByRole('textbox', { name: 'Nouveau lien de partage' });
    await field.waitFor();
    shareUrl = await field.inputValue();
    expect(shareUrl).toMatch(/\/listes\/lectures-pour-la-rencontre-du-10-decembre\?partage=/);
    expect(await axeViolations(camille)).toEqual([]);

    const visitor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await visitor.goto(shareUrl.replace(/^https?:\/\/[^/]+/, baseUrl()));
    await expectText(
      visitor.getByText(/lien de partage \(lecture seule\)/),
      /Vous consultez cette liste par un lien de partage/,
    );
    expect(await itemTitles(visitor)).toHaveLength(4);
    expect(await visitor.getByRole('button', { name: /^Déplacer/ }).count()).toBe(0);
    expect(await axeViolations(visitor)).toEqual([]);
    await visitor.context().close();
  });

  it('a member marks two readings read; the coordinator sees who read what', async () => {
    await lea.goto(listUrl);
    await lea.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    for (const title of [ITEMS[3].title, ITEMS[0].title]) {
      await lea.getByRole('checkbox', { name: named('J’ai lu', title) }).check();
      await expectText(lea.getByRole('status').filter({ hasText: 'Vous avez lu' }).first(), /Vous avez lu/);
    }
    await expectText(lea.getByText(/^Votre lecture/), /2\/4\s+lus/);
    const progress = lea.getByRole('progressbar', { name: 'Votre progression de lecture' });
    expect([await progress.getAttribute('value'), await progress.getAttribute('max')]).toEqual(['2', '4']);
    expect(await axeViolations(lea)).toEqual([]);

    await camille.reload();
    const table = camille.getByRole('table', { name: 'Lecture de la liste, par participant·e' });
    const row = table.getByRole('row', { name: /Léa Girard/ });
    await expectText(row, /2\/4/);
    expect(plain(await row.textContent())).toContain(ITEMS[0].title);
    expect(await axeViolations(camille)).toEqual([]);
  });

  it('a member comments on the list', async () => {
    const discussion = lea.getByRole('region', { name: 'Commentaires' });
    await discussion
      .getByRole('combobox', { name: 'Votre commentaire (Markdown)' })
      .fill('Je commence par la **synthèse** du rapport.');
    await discussion.getByRole('button', { name: 'Publier le commentaire' }).click();
    await expectText(discussion.getByRole('status').filter({ hasText: 'publié' }), /Votre commentaire est publié\./);
    await expectText(
      discussion.getByRole('article').filter({ hasText: 'Je commence' }).locator('strong').first(),
      /^synthèse$/,
    );
    expect(await axeViolations(lea)).toEqual([]);
  });

  it('exports the list as PDF and the readings as BibTeX', async () => {
    const pdf = await camille.request.get(`${listUrl}/export.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const [download] = await Promise.all([
      camille.waitForEvent('download'),
      camille.getByRole('link', { name: 'Télécharger en BibTeX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lectures-pour-la-rencontre-du-10-decembre.bib');
  });

  it('lists upcoming and past events, and offers coordinators the form to create one', async () => {
    await camille.goto(`${baseUrl()}/evenements`);
    await camille.getByRole('heading', { level: 1, name: 'Événements et rencontres' }).waitFor();
    const upcoming = camille.getByRole('list', { name: 'À venir' });
    await expectText(upcoming.getByRole('listitem').first(), /Rencontre du réseau éducation aux médias/);
    expect(
      await camille.getByRole('link', { name: 'S’abonner au calendrier des événements (ICS)' }).getAttribute('href'),
    ).toBe('/evenements/calendrier.ics');
    expect(await axeViolations(camille)).toEqual([]);
    await camille.getByRole('link', { name: 'Nouvel événement' }).click();
    await camille.getByRole('heading', { level: 1, name: 'Nouvel événement' }).waitFor();
    expect(await axeViolations(camille)).toEqual([]);
  });

  it('attaches the list to the December meeting; a member answers and downloads the ICS', async () => {
    const EVENT = `${baseUrl()}/evenements/rencontre-reseau-2026-12`;
    await camille.goto(EVENT);
    const lists = camille.getByRole('region', { name: 'Lectures pour préparer la rencontre' });
    await lists.getByRole('combobox', { name: /^Liste de lecture/ }).selectOption({ label: TITLE });
    await lists.getByRole('button', { name: 'Associer la liste' }).click();
    await expectText(lists.getByRole('status').filter({ hasText: 'associée' }), /est associée à l’événement/);
    expect(await axeViolations(camille)).toEqual([]);

    await lea.goto(EVENT);
    await lea.getByRole('heading', { level: 1, name: 'Rencontre du réseau éducation aux médias' }).waitFor();
    const participation = lea.getByRole('region', { name: 'Participation' });
    await participation.getByRole('radio', { name: 'Oui' }).check();
    await expectText(
      participation.getByRole('status').filter({ hasText: 'Réponse' }),
      /Réponse enregistrée\s*:\s*oui\./,
    );
    // Her progress on the attached list shows on the meeting's page.
    const attached = lea.getByRole('region', { name: 'Lectures pour préparer la rencontre' });
    await expectText(attached.getByRole('listitem').filter({ hasText: '2/4' }), /2\/4\s+lus/);
    expect(await axeViolations(lea)).toEqual([]);

    const [download] = await Promise.all([
      lea.waitForEvent('download'),
      lea.getByRole('link', { name: 'Ajouter à mon agenda (ICS)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rencontre-reseau-2026-12.ics');
    const vevent = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8'))).getFirstSubcomponent(
      'vevent',
    );
    const event = new ICAL.Event(vevent!);
    expect(event.summary).toBe('Rencontre du réseau éducation aux médias');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T08:30:00.000Z');

    // The list says which meeting it prepares.
    await lea.goto(listUrl);
    await expectText(lea.getByText(/^Pour\s*:/).first(), /Rencontre du réseau éducation aux médias/);
  });

  it('finds the meeting and the list from the one search box', async () => {
    await lea.goto(baseUrl());
    const box = lea.getByRole('combobox', { name: 'Rechercher une ressource' });
    await box.fill('rencontre décembre');
    const events = lea.getByRole('group', { name: 'Événement' });
    await expectText(events.getByRole('option').first(), /Rencontre du réseau éducation aux médias/);
    const lists = lea.getByRole('group', { name: /^Liste de lecture/ });
    await expectText(lists.getByRole('option').first(), /Lectures pour la rencontre du 10 décembre/);
    expect(await axeViolations(lea)).toEqual([]);
    await events.getByRole('option').first().click();
    await lea.waitForURL(/\/evenements\/rencontre-reseau-2026-12$/);
  });

  it('works in English too', async () => {
    // On the meeting's page (where the search led), then on the list.
    await lea.getByRole('button', { name: 'EN', exact: true }).click();
    await lea
      .getByRole('region', { name: 'Attendance' })
      .getByRole('group', { name: /^Will you attend/ })
      .waitFor();
    expect(await axeViolations(lea)).toEqual([]);
    await lea.goto(listUrl);
    await lea.getByRole('heading', { level: 2, name: 'Resources in the list' }).waitFor();
    expect(await axeViolations(lea)).toEqual([]);
    await lea.getByRole('button', { name: 'FR', exact: true }).click();
  });

  it('the coordinator adds a reading from the list page itself, without going through search (issue 13, item 14)', async () => {
    await camille.goto(listUrl);
    const section = camille.getByRole('region', { name: 'Ajouter des ressources' });
    await section.getByRole('searchbox', { name: 'Chercher une ressource à ajouter' }).fill('classification PEGI');
    const results = section.getByRole('list', { name: 'Ressources trouvées' });
    await results.waitFor();
    expect(await axeViolations(camille)).toEqual([]);
    await results.getByRole('button', { name: named('Ajouter', 'Comprendre la classification PEGI') }).click();
    await expectText(camille.locator('.reading-list-notice'), /Comprendre la classification PEGI.*a été ajoutée/);
    expect((await itemTitles(camille)).at(-1)).toBe('Comprendre la classification PEGI des jeux vidéo');
    await results.getByText('Déjà dans la liste').first().waitFor();
    expect(await axeViolations(camille)).toEqual([]);

    // « Qui a lu quoi » lists her too, at 0 (issue 13, item 13), and the meeting's page leads there.
    const table = camille.getByRole('table', { name: 'Lecture de la liste, par participant·e' });
    await expectText(table.getByRole('row', { name: /Camille Durand/ }), /0\/5/);
    await expectText(table.getByRole('row', { name: /Léa Girard/ }), /2\/5/);
  });

  it('the list’s team adds a reading from the meeting’s page too, at 1280 px and on a phone (issue 13, item 14)', async () => {
    await camille.goto(`${baseUrl()}/evenements/rencontre-reseau-2026-12`);
    const lists = camille.getByRole('region', { name: 'Lectures pour préparer la rencontre' });
    // The demo's own list for this meeting has the same title: this journey's is the one linking to its page.
    const ours = lists
      .getByRole('listitem')
      .filter({ has: camille.locator(`h3 a[href="${new URL(listUrl).pathname}"]`) });
    await ours.getByRole('button', { name: named('Ajouter des ressources à', TITLE) }).click();
    const section = ours.getByRole('region', { name: named('Ajouter des ressources à', TITLE) });
    await section.getByRole('searchbox', { name: 'Chercher une ressource à ajouter' }).fill('Décodex');
    const results = section.getByRole('list', { name: 'Ressources trouvées' });
    await results.waitFor();
    expect(await axeViolations(camille)).toEqual([]);
    await results.getByRole('button', { name: named('Ajouter', 'Décodex') }).click();
    await expectText(lists.getByRole('status').filter({ hasText: 'ajoutée' }), /Décodex.*a été ajoutée/);
    await expectText(ours.locator('.meta-parts'), /6\s+ressources/);
    await camille.setViewportSize({ width: 390, height: 844 });
    try {
      await results.getByText('Déjà dans la liste').first().waitFor();
      expect(await axeViolations(camille)).toEqual([]);
    } finally {
      await camille.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
