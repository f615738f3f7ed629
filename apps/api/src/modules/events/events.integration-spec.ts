import ICAL from 'ical.js';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { HOUR, MadeMember, makeEvent, makeMember, makeResource, signInAs } from '../../../test/factories';

const EVENT_FIELDS = `slug kind title startsAt endsAt timeZone place visibility viewerRsvp viewerCanEdit icsPath minutesHtml
  organisers { slug } rsvpCounts { yes no maybe } participants { member { slug } answer } readingLists { slug } discussedResources { slug }`;
const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const GET = `query($slug: String!) { event(slug: $slug) { ${EVENT_FIELDS} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  kind: 'FORMATION',
  title: 'Formation : animer un atelier sur l’IA',
  startsAt: '2027-03-04T13:00:00.000Z',
  endsAt: '2027-03-04T16:30:00.000Z',
  timeZone: 'Europe/Paris',
  place: 'SIJ Chambéry',
  description: 'Pour les animateur·rices du réseau.',
  agenda: '1. Tour de table\n2. Démonstration',
  visibility: 'NETWORK',
  organiserSlugs: ['sij-chambery'],
  ...overrides,
});

describe('Meetings and events', () => {
  let api: TestApi;
  let origin: string;
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const as = (email: string) => (email === 'visitor' ? api.signOut() : api.signIn(email, undefined, { reuse: true }));

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it('the demo meeting of December is seeded with its organiser and its reading list', async () => {
    await as('lea.girard@example.org');
    const event = (await api.gql<{ event: Record<string, unknown> }>(GET, { slug: 'rencontre-reseau-2026-12' })).data!
      .event;
    expect(event).toMatchObject({
      kind: 'RENCONTRE_RESEAU',
      startsAt: '2026-12-10T08:30:00.000Z',
      timeZone: 'Europe/Paris',
      place: 'Médiathèque de Chambéry',
      organisers: [{ slug: 'grand-chambery' }],
      readingLists: [{ slug: 'lectures-rencontre-decembre' }],
      viewerCanEdit: false,
    });
    // A visitor sees the public event, not the network list attached to it.
    await as('visitor');
    expect(
      (await api.gql<{ event: { readingLists: unknown[] } }>(GET, { slug: 'rencontre-reseau-2026-12' })).data!.event
        .readingLists,
    ).toEqual([]);
  });

  it('coordinators create events; bad input names the field; members cannot', async () => {
    await as('lea.girard@example.org');
    expect(code(await api.gql(CREATE, { input: input() }))).toBe('FORBIDDEN');
    await as('camille.durand@example.org');
    const bad = await api.gql(CREATE, {
      input: input({
        title: ' ',
        endsAt: '2027-03-04T12:00:00.000Z',
        timeZone: 'Mars/Olympus',
        organiserSlugs: ['inconnue'],
      }),
    });
    expect(
      (bad.errors![0].extensions as { issues: { field: string; rule: string }[] }).issues.map(
        (i) => `${i.field}:${i.rule}`,
      ),
    ).toEqual(['title:required', 'endsAt:notBefore', 'timeZone:unknown']);
    expect(code(await api.gql(CREATE, { input: input({ organiserSlugs: ['inconnue'] }) }))).toBe('BAD_USER_INPUT');
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM events`);
    expect(n).toBe(3);
    const created = await api.gql<{ createEvent: { slug: string; viewerCanEdit: boolean } }>(CREATE, {
      input: input(),
    });
    expect(created.data!.createEvent).toEqual(
      expect.objectContaining({ slug: 'formation-animer-un-atelier-sur-l-ia', viewerCanEdit: true }),
    );
    // Network events stay among members.
    await as('visitor');
    expect(code(await api.gql(GET, { slug: 'formation-animer-un-atelier-sur-l-ia' }))).toBe('NOT_FOUND');
  });

  it('members answer oui / non / peut-être and see who comes', async () => {
    for (const [email, answer] of [
      ['lea.girard@example.org', 'YES'],
      ['claire.mounier@example.org', 'MAYBE'],
      ['yanis.benali@example.org', 'NO'],
    ]) {
      await as(email);
      await api.gql(
        `mutation($answer: RsvpAnswer) { setRsvp(slug: "rencontre-reseau-2026-12", answer: $answer) { viewerRsvp } }`,
        { answer },
      );
    }
    await as('lea.girard@example.org');
    await api.gql(`mutation { setRsvp(slug: "rencontre-reseau-2026-12", answer: YES) { viewerRsvp } }`);
    const event = (
      await api.gql<{
        event: { rsvpCounts: object; viewerRsvp: string; participants: { member: { slug: string }; answer: string }[] };
      }>(GET, { slug: 'rencontre-reseau-2026-12' })
    ).data!.event;
    expect(event.rsvpCounts).toEqual({ yes: 1, no: 1, maybe: 1 });
    expect(event.viewerRsvp).toBe('YES');
    expect(event.participants.map((p) => [p.member.slug, p.answer])).toEqual([
      ['lea-girard', 'YES'],
      ['claire-mounier', 'MAYBE'],
      ['yanis-benali', 'NO'],
    ]);
    await as('visitor');
    expect(
      code(await api.gql(`mutation { setRsvp(slug: "rencontre-reseau-2026-12", answer: YES) { viewerRsvp } }`)),
    ).toBe('UNAUTHENTICATED');
    expect(
      (await api.gql<{ event: { participants: unknown[] } }>(GET, { slug: 'rencontre-reseau-2026-12' })).data!.event
        .participants,
    ).toEqual([]);
  });

  it('minutes link resources, which then show « discuté lors de … »', async () => {
    await as('camille.durand@example.org');
    // The minutes are not in the search document: a new version would read as index drift.
    const version = async (): Promise<number> =>
      (await api.dataSource.query(`SELECT version FROM events WHERE slug = 'rencontre-reseau-2026-12'`))[0].version;
    const versionBefore = await version();
    const minutes =
      '## Décisions\n\nOn adapte [la fiche soirée-débat](/ressources/fiche-soiree-debat-parents) et on teste [Bad News](' +
      origin.replace('127.0.0.1', 'localhost') +
      '/ressources/bad-news-game).';
    const saved = await api.gql<{ setEventMinutes: { minutesHtml: string; discussedResources: { slug: string }[] } }>(
      `mutation($m: String!) { setEventMinutes(slug: "rencontre-reseau-2026-12", markdown: $m) { minutesHtml discussedResources { slug } } }`,
      { m: minutes },
    );
    expect(saved.data!.setEventMinutes.minutesHtml).toContain(
      '<a href="/ressources/fiche-soiree-debat-parents">la fiche soirée-débat</a>',
    );
    expect(saved.data!.setEventMinutes.discussedResources.map((r) => r.slug)).toContain('fiche-soiree-debat-parents');
    expect(await version()).toBe(versionBefore);
    const resource = await api.gql<{ resource: { discussedAt: { slug: string; title: string }[] } }>(
      `{ resource(slug: "fiche-soiree-debat-parents") { discussedAt { slug title startsAt } } }`,
    );
    expect(resource.data!.resource.discussedAt).toEqual([
      expect.objectContaining({ slug: 'rencontre-reseau-2026-12', title: 'Rencontre du réseau éducation aux médias' }),
    ]);
    await as('lea.girard@example.org');
    expect(
      code(await api.gql(`mutation { setEventMinutes(slug: "rencontre-reseau-2026-12", markdown: "x") { slug } }`)),
    ).toBe('FORBIDDEN');
  });

  it('upcoming and past events, in the right order', async () => {
    // Events of its own around the present moment, whatever day the suite runs on (the demo's dates are fixed), and
    // whatever events other tests created.
    const inHours = (hours: number) => new Date(Date.now() + hours * HOUR);
    const ongoing = await makeEvent(api, { startsAt: inHours(-1), endsAt: inHours(1) });
    const later = await makeEvent(api, { startsAt: inHours(30 * 24) });
    const soon = await makeEvent(api, { startsAt: inHours(24) });
    const ended = await makeEvent(api, { startsAt: inHours(-3), endsAt: inHours(-2) });
    const older = await makeEvent(api, { startsAt: inHours(-48) });
    const mine = new Set([ongoing, later, soon, ended, older].map((event) => event.slug));
    type Listed = { events: { slug: string; startsAt: string }[] };
    await as('lea.girard@example.org');
    const upcoming = (await api.gql<Listed>(`{ events(period: UPCOMING) { slug startsAt } }`)).data!.events;
    expect(upcoming.map((e) => e.slug).filter((slug) => mine.has(slug))).toEqual([ongoing.slug, soon.slug, later.slug]);
    const starts = upcoming.map((e) => Date.parse(e.startsAt));
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    const past = (await api.gql<Listed>(`{ events(period: PAST) { slug startsAt } }`)).data!.events;
    expect(past.map((e) => e.slug).filter((slug) => mine.has(slug))).toEqual([ended.slug, older.slug]);
    expect(past.map((e) => e.slug)).toContain('connectons-nous-2019');
    const ends = past.map((e) => Date.parse(e.startsAt));
    expect(ends).toEqual([...ends].sort((x, y) => y - x));
  });

  it('an ICS file per event and a calendar of upcoming public events parse with ical.js', async () => {
    const one = await fetch(`${origin}/evenements/rencontre-reseau-2026-12.ics`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await one.text()));
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe('Rencontre du réseau éducation aux médias');
    expect(event.location).toBe('Médiathèque de Chambéry');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-10T11:30:00.000Z');
    expect(event.uid).toMatch(/@localhost:\d+$/);
    expect(event.description).toContain('Organisé par : Grand Chambéry');

    // Events of its own around the present moment (the demo's dates are fixed, the calendar depends on today).
    const inHours = (hours: number) => new Date(Date.now() + hours * HOUR);
    const later = await makeEvent(api, { startsAt: inHours(24 * 20), visibility: 'public' });
    const soon = await makeEvent(api, { startsAt: inHours(24 * 2), visibility: 'public' });
    const network = await makeEvent(api, { startsAt: inHours(24 * 3), visibility: 'network' });
    const ended = await makeEvent(api, { startsAt: inHours(-48), visibility: 'public' });
    const feed = await fetch(`${origin}/evenements/calendrier.ics`);
    const events: string[] = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents('vevent')
      .map((v: unknown) => new ICAL.Event(v as never).summary);
    // Public upcoming ones only, soonest first: network events and past ones are not in it.
    const mine = new Set([later, soon, network, ended].map((event) => event.title));
    expect(events.filter((summary) => mine.has(summary))).toEqual([soon.title, later.title]);
    // A network event's ICS needs a session.
    expect((await fetch(`${origin}/evenements/${network.slug}.ics`)).status).toBe(404);
    await as('lea.girard@example.org');
    expect(
      (
        await fetch(`${origin}/evenements/${network.slug}.ics`, {
          headers: { cookie: api.cookie },
        })
      ).status,
    ).toBe(200);
  });
});

describe('Minutes never show a resource the viewer may not see', () => {
  let api: TestApi;
  let coordinator: MadeMember;
  let contributor: MadeMember;
  let member: MadeMember;
  let draft: { slug: string };
  let shown: { slug: string };
  let event: { slug: string };
  const FULL = `query($slug: String!) { event(slug: $slug) { ${EVENT_FIELDS} minutesMarkdown } }`;
  const LISTED = `{ events(period: UPCOMING) { slug minutesHtml minutesMarkdown discussedResources { slug } } }`;
  const received = async () => JSON.stringify([await api.gql(FULL, { slug: event.slug }), await api.gql(LISTED)]);

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    coordinator = await makeMember(api, { role: 'coordinator' });
    contributor = await makeMember(api);
    member = await makeMember(api);
    draft = await makeResource(api, { visibility: 'draft', contributor });
    shown = await makeResource(api, { visibility: 'network', contributor });
    event = await makeEvent(api, { startsAt: new Date(Date.now() + 24 * HOUR) });
    await signInAs(api, coordinator);
    const saved = await api.gql(
      `mutation($slug: String!, $m: String!) { setEventMinutes(slug: $slug, markdown: $m) { slug } }`,
      {
        slug: event.slug,
        m: `Lu [la fiche](/ressources/${shown.slug}), [le brouillon](/ressources/${draft.slug}) et [rien](/ressources/ressource-inexistante).`,
      },
    );
    expect(saved).toEqual({ data: { setEventMinutes: { slug: event.slug } } });
  });
  afterAll(() => api.close());

  it('a member who is not its contributor receives the link text, and no slug of the draft anywhere', async () => {
    await signInAs(api, member);
    const json = await received();
    expect(json).not.toContain('"errors"');
    expect(json).toContain(event.slug);
    expect(json).not.toContain(draft.slug);
    expect(json).not.toContain('ressource-inexistante');
    const { minutesHtml } = (await api.gql<{ event: { minutesHtml: string } }>(FULL, { slug: event.slug })).data!.event;
    expect(minutesHtml).toBe(`<p>Lu <a href="/ressources/${shown.slug}">la fiche</a>, le brouillon et rien.</p>`);
  });

  it('the draft’s contributor and the coordinator receive the link', async () => {
    for (const who of [contributor, coordinator]) {
      await signInAs(api, who);
      const { minutesHtml } = (await api.gql<{ event: { minutesHtml: string } }>(FULL, { slug: event.slug })).data!
        .event;
      expect(minutesHtml).toContain(`<a href="/ressources/${draft.slug}">le brouillon</a>`);
      expect(minutesHtml).not.toContain('ressource-inexistante');
    }
    const { minutesMarkdown } = (await api.gql<{ event: { minutesMarkdown: string } }>(FULL, { slug: event.slug }))
      .data!.event;
    expect(minutesMarkdown).toContain(`(/ressources/${draft.slug})`);
  });
});
