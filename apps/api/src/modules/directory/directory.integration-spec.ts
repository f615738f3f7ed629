import { TestApi, startTestApi } from '../../../test/api-harness';
import { idOf, makeDebrief, makeEvent, makeResource } from '../../../test/factories';

const ORGANISATION_FIELDS = `slug name kind kindDetail city neighbourhood priorityNeighbourhood website publicContact
  archivedAt memberCount audiences { slug label }`;

/** The directory as admins shape it and as members find it: organisations, people, facets, pages. */
describe('Directory of organisations and people', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
    await api.drain();
  });
  afterAll(() => api.close());

  const create = (input: Record<string, unknown>) =>
    api.gql<{ createOrganisation: { slug: string; kind: string; audiences: { slug: string }[] } }>(
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { ${ORGANISATION_FIELDS} } }`,
      { input },
    );

  it('an admin creates an organisation with every directory field; it is audited and found in the directory', async () => {
    await api.signIn('admin@example.org');
    const created = await create({
      name: 'Centre social des Hauts-de-Chambéry',
      kind: 'centre-social',
      city: 'Chambéry',
      neighbourhood: 'Les Hauts-de-Chambéry',
      priorityNeighbourhood: true,
      audienceSlugs: ['familles', 'enfants'],
      description: 'Accueil des familles, ateliers parents-enfants.',
      website: 'https://centre-social.example.org',
      publicContact: '04 79 00 00 00',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation).toMatchObject({
      slug: 'centre-social-des-hauts-de-chambery',
      kind: 'centre-social',
      audiences: [{ slug: 'enfants' }, { slug: 'familles' }].sort(() => 0),
    });
    const [audit] = await api.dataSource.query(
      `SELECT action, subject FROM audit_log WHERE action = 'organisation.created' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ action: 'organisation.created', subject: 'centre-social-des-hauts-de-chambery' });
    await api.drain();
    await api.signIn('lea.girard@example.org');
    const found = await api.gql<{
      directory: { hits: { slug: string; kind: string; priorityNeighbourhood: boolean }[] };
    }>(
      `{ directory(input: { q: "hauts chambery", kinds: ["centre-social"], priorityNeighbourhood: true }) {
           hits { slug kind priorityNeighbourhood } } }`,
    );
    expect(found.data!.directory.hits).toEqual([
      { slug: 'centre-social-des-hauts-de-chambery', kind: 'centre-social', priorityNeighbourhood: true },
    ]);
  });

  it('bad input is refused with French messages naming each field', async () => {
    await api.signIn('admin@example.org');
    const refused = await create({
      name: '  ',
      kind: 'bibliotheque',
      website: 'javascript:alert(1)',
      audienceSlugs: ['martiens'],
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const message = refused.errors![0].message;
    expect(message).toContain('Nom : ce champ est obligatoire.');
    expect(message).toContain('Type de structure : valeur non reconnue');
    expect(message).toContain('Site web : indiquez une adresse web complète');
    expect(message).toContain('Publics : valeur inconnue : martiens.');
  });

  it('an admin edits an organisation; its people’s documents follow (kind and commune facets)', async () => {
    await api.signIn('admin@example.org');
    const edited = await api.gql<{ updateOrganisation: { kind: string; kindDetail: string | null; city: string } }>(
      `mutation { updateOrganisation(slug: "crefe", input: { name: "CREFE", kind: "autre", kindDetail: "Centre de ressources",
         city: "La Motte-Servolex", audienceSlugs: ["professionnels"] }) { kind kindDetail city } }`,
    );
    expect(edited.data!.updateOrganisation).toEqual({
      kind: 'autre',
      kindDetail: 'Centre de ressources',
      city: 'La Motte-Servolex',
    });
    await api.drain();
    const people = await api.gql<{
      directory: { hits: { slug: string; city: string }[]; facets: { cities: { value: string; count: number }[] } };
    }>(
      `{ directory(input: { cities: ["La Motte-Servolex"] }) { hits { slug city } facets { cities { value count } } } }`,
    );
    expect(people.data!.directory.hits.map((hit) => hit.slug).sort()).toEqual(['crefe', 'marc-aubert']);
    expect(people.data!.directory.facets.cities).toContainEqual({ value: 'La Motte-Servolex', count: 2 });
    const report = await api.checkDrift('directory');
    expect(report).toMatchObject({ missing: [], extra: [], stale: [] });
  });

  it('facets count organisations and people by kind, theme and audience', async () => {
    await api.signIn('camille.durand@example.org');
    const result = await api.gql<{
      directory: { total: number; facets: Record<string, { value: string; label: string; count: number }[]> };
    }>(`{ directory(input: { themes: ["jeux-video"] }) { total facets { types { value label count } kinds { value label count }
           themes { value count } audiences { value count } } } }`);
    const { facets } = result.data!.directory;
    // Claire Mounier knows video games, and so her media library does.
    expect(facets.types).toEqual(
      expect.arrayContaining([
        { value: 'PERSON', label: 'Personnes', count: 1 },
        { value: 'ORGANISATION', label: 'Structures', count: 1 },
      ]),
    );
    expect(facets.kinds).toContainEqual({ value: 'mediatheque', label: 'Médiathèque', count: 2 });
    expect(facets.themes).toContainEqual({ value: 'jeux-video', count: 2 });
  });

  it('a person edits their directory profile; visitors then see them if they chose public', async () => {
    await api.signIn('sophie.reynaud@example.org');
    const saved = await api.gql(
      `mutation { updateProfile(input: { name: "Sophie Reynaud", title: "Éducatrice de jeunes enfants",
         organisationSlug: "maison-enfance-biollay", expertiseThemeSlugs: ["ecrans-petite-enfance"],
         directory: { audienceSlugs: ["parents"], languages: ["fr", "it"], contactThemeSlugs: ["ecrans-petite-enfance"],
                      directoryVisibility: public } }) { slug } }`,
    );
    expect(saved.errors).toBeUndefined();
    await api.drain();
    api.signOut();
    const profile = await api.gql<{ memberProfile: { directory: Record<string, unknown> } }>(
      `{ memberProfile(slug: "sophie-reynaud") { directory { languages directoryVisibility audiences { slug } contactThemes { slug } } } }`,
    );
    expect(profile.data!.memberProfile.directory).toEqual({
      languages: ['fr', 'it'],
      directoryVisibility: 'public',
      audiences: [{ slug: 'parents' }],
      contactThemes: [{ slug: 'ecrans-petite-enfance' }],
    });
    const found = await api.gql<{ directory: { hits: { slug: string }[] } }>(
      `{ directory(input: { q: "Sophie" }) { hits { slug } } }`,
    );
    expect(found.data!.directory.hits.map((hit) => hit.slug)).toContain('sophie-reynaud');
  });

  it('an unknown language or theme in the profile names the field', async () => {
    await api.signIn('yanis.benali@example.org');
    const refused = await api.gql(
      `mutation { updateProfile(input: { name: "Yanis Benali", expertiseThemeSlugs: [],
         directory: { languages: ["klingon"], contactThemeSlugs: ["astrologie"] } }) { slug } }`,
    );
    expect(refused.errors![0].message).toContain('Langues : valeur inconnue : klingon.');
    expect(refused.errors![0].message).toContain('Accepte d’être contacté·e sur : valeur inconnue : astrologie.');
  });

  it('an organisation page lists its members, resources, debriefs with participants reached, and events', async () => {
    const organisationId = await idOf(api, 'organisations', 'mediatheque-chambery');
    const claire = await idOf(api, 'members', 'claire-mounier');
    const tool = await makeResource(api, {
      type: 'outil',
      title: 'Jeu de plateau des écrans',
      visibility: 'public',
      contributor: { id: claire },
    });
    await api.dataSource.query(`UPDATE resources SET organisation_id = $1 WHERE id = $2`, [organisationId, tool.id]);
    await makeDebrief(api, { resourceId: tool.id, authorId: claire, participants: 14, date: '2026-11-20' });
    const event = await makeEvent(api, {
      startsAt: new Date('2026-11-28T14:00:00Z'),
      visibility: 'public',
      organisationIds: [organisationId],
    });
    api.signOut();
    const page = await api.gql<{
      organisationPage: {
        organisation: { name: string; kind: string };
        members: { slug: string }[];
        resources: { slug: string }[];
        debriefs: { resource: { slug: string }; participants: number; author: { slug: string } | null }[];
        participantsReached: number;
        events: { slug: string }[];
      };
    }>(
      `{ organisationPage(slug: "mediatheque-chambery") { organisation { name kind } members { slug }
           resources { slug } debriefs { resource { slug } participants author { slug } } participantsReached events { slug } } }`,
    );
    const result = page.data!.organisationPage;
    expect(result.organisation).toEqual({ name: 'Médiathèque de Chambéry', kind: 'mediatheque' });
    expect(result.members.map((m) => m.slug)).toContain('claire-mounier');
    expect(result.resources.map((r) => r.slug)).toContain(tool.slug);
    expect(result.debriefs).toContainEqual({
      resource: { slug: tool.slug },
      participants: 14,
      author: { slug: 'claire-mounier' },
    });
    expect(result.participantsReached).toBeGreaterThanOrEqual(14);
    expect(result.events.map((e) => e.slug)).toContain(event.slug);
  });
});
