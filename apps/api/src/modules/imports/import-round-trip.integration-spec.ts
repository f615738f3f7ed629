import type { ResourceDraft } from '@culture-commune/shared';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { MadeMember, makeMember, makeReadingList, signInAs } from '../../../test/factories';
import { MemberEntity } from '../organisations/member.entity';
import { ResourcesService } from '../resources/resources.service';

const START = `mutation($id: ID!, $input: StartImportInput!) { startImport(id: $id, input: $input) { state } }`;

/** What the exports carry of a resource, and so what an import of them must give back. */
const FIELDS = `SELECT title, summary, authors, year, url, type, format, publisher, language,
  ARRAY(SELECT g.label FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id WHERE rg.resource_id = r.id ORDER BY g.label) AS tags,
  ARRAY(SELECT t.slug FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = r.id ORDER BY t.slug) AS themes
  FROM resources r ORDER BY title`;

const draft = (fields: Partial<ResourceDraft>): ResourceDraft => ({
  type: 'lecture',
  format: 'livre',
  title: '',
  summary: '',
  body: null,
  url: null,
  authors: [],
  publisher: null,
  year: null,
  language: 'fr',
  licence: null,
  durationMinutes: null,
  visibility: 'network',
  themeSlugs: ['eveil'],
  audienceSlugs: [],
  tags: [],
  organisationSlug: null,
  ...fields,
});

const LIBRARY: ResourceDraft[] = [
  draft({
    title: 'L’éveil culturel du tout-petit : lire, chanter, jouer',
    summary: 'Un guide pour les professionnels de la petite enfance ; comptines, albums et jeux de doigts.',
    authors: ['Élodie Martin', 'Jean-Noël Durand', 'Aïssatou N’Diaye'],
    publisher: 'Érès',
    year: 2019,
    url: 'https://www.editions-eres.com/ouvrage/4321',
    themeSlugs: ['eveil', 'ecrans'],
    tags: ['comptines', 'albums jeunesse'],
  }),
  draft({
    format: 'rapport',
    title: 'Enfants et écrans : rapport de la commission',
    summary: 'Les recommandations par âge, « sans écran avant 3 ans ».',
    authors: ['Commission écrans'],
    publisher: 'Élysée',
    year: 2024,
    language: 'en',
    tags: ['recommandations'],
    url: 'https://example.org/rapport-ecrans',
  }),
  draft({
    type: 'formation',
    format: 'diaporama',
    title: 'Animer un atelier de médiation numérique',
    summary: 'Diaporama d’une formation de deux jours.',
    // The contributor's word where the guess is wrong both ways (decision 0027): citation formats carry it back.
    authors: ['Cécile Lefèvre', 'Fréquence Écoles', 'Xiaoling Wang', 'Simone Veil'],
    authorKinds: [
      { name: 'Xiaoling Wang', kind: 'person' },
      { name: 'Simone Veil', kind: 'organisation' },
    ],
    year: 2022,
    language: 'de',
    url: 'https://example.org/diaporama',
  }),
  draft({
    type: 'outil',
    format: 'fiche-activite',
    title: 'Fiche d’activité : le kamishibaï',
    summary: 'Raconter avec un petit théâtre de papier.',
    authors: [],
    year: null,
    url: 'https://example.org/kamishibai',
  }),
];

describe('Round trip: our own exports imported into an empty library give back every field they carry', () => {
  let api: TestApi;
  let origin: string;
  let coordinator: MadeMember;
  const files: Record<string, string> = {};
  let original: Record<string, unknown>[];

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    origin = new URL(api.url).origin;
    await api.dataSource.query(
      `INSERT INTO themes (slug, label, position) VALUES ('eveil', 'Éveil culturel', 1), ('ecrans', 'Écrans, santé et sommeil', 2)`,
    );
    coordinator = await makeMember(api, { role: 'coordinator' });
    const resources = api.app.get(ResourcesService);
    const contributor = await api.dataSource.manager.findOneByOrFail(MemberEntity, { id: coordinator.id });
    const ids = await api.dataSource.transaction(async (manager) => {
      const created: string[] = [];
      for (const resource of LIBRARY) created.push(await resources.createIn(manager, resource, { contributor }));
      return created;
    });
    const list = await makeReadingList(api, { curatorId: coordinator.id, resourceIds: ids });
    await signInAs(api, coordinator);
    for (const extension of ['ris', 'bib', 'json', 'csv']) {
      const response = await fetch(`${origin}/listes/${list.slug}/export.${extension}`, {
        headers: { cookie: api.cookie },
      });
      expect(response.status).toBe(200);
      files[extension] = await response.text();
    }
    original = await api.dataSource.query(FIELDS);
    expect(original).toHaveLength(4);
  });
  afterAll(() => api.close());

  const importInto = async (extension: string) => {
    // An empty library: the list's resources are gone (the list keeps their titles as retired items).
    await api.dataSource.query(`DELETE FROM resources`);
    const response = await fetch(`${origin}/imports/fichiers?nom=export.${extension}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', cookie: api.cookie },
      body: files[extension],
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const started = await api.gql(START, { id, input: { themeSlugs: ['eveil'], visibility: 'network' } });
    expect(started.errors).toBeUndefined();
    await api.settleJobs();
    const [{ outcomes }] = await api.dataSource.query(`SELECT outcomes FROM imports WHERE id = $1`, [id]);
    expect(outcomes.map((outcome: { outcome: string }) => outcome.outcome)).toEqual([
      'created',
      'created',
      'created',
      'created',
    ]);
    return (await api.dataSource.query(FIELDS)) as Record<string, unknown>[];
  };

  const authorKinds = async () =>
    (await api.dataSource.query(
      `SELECT title, author_kinds FROM resources WHERE author_kinds <> '{}' ORDER BY title`,
    )) as {
      title: string;
      author_kinds: Record<string, string>;
    }[];
  const KINDS = [
    {
      title: 'Animer un atelier de médiation numérique',
      author_kinds: { 'Simone Veil': 'organisation', 'Xiaoling Wang': 'person' },
    },
  ];

  // Issue 13, items 1–3 and 8: authors split into family and given names (organisations whole), publisher, language,
  // themes and tags (as keywords) come back too.
  it('CSL-JSON: title, summary, authors, year, URL, type, format, publisher, language, themes and tags, who is a person or an organisation', async () => {
    expect(await importInto('json')).toEqual(original);
    expect(await authorKinds()).toEqual(KINDS);
  });

  it('CSV: title, summary, authors, year, URL, type, format, publisher, language, themes and tags', async () => {
    expect(await importInto('csv')).toEqual(original);
  });

  it('RIS: title, summary, authors, year, URL, type, format (M3), publisher, language, themes and tags, who is a person or an organisation', async () => {
    expect(await importInto('ris')).toEqual(original);
    expect(await authorKinds()).toEqual(KINDS);
  });

  it('BibTeX (BibLaTeX): title, summary, authors, year, URL, type, format, publisher, language, themes and tags, who is a person or an organisation', async () => {
    expect(await importInto('bib')).toEqual(original);
    expect(await authorKinds()).toEqual(KINDS);
  });
});
