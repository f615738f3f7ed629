import { TestApi, startTestApi } from '../../../test/api-harness';
import { MadeMember, makeMember, makeResource, signInAs } from '../../../test/factories';
import { ImportRunner } from './import-runner';

const BATCH = `query($id: ID!) { importBatch(id: $id) {
  id state total processed createdCount skippedCount reportUrl
  rows { n status title authors year url issues { field rule message } duplicateOf { slug title } duplicateOfRow }
} }`;
const START = `mutation($id: ID!, $input: StartImportInput!) { startImport(id: $id, input: $input) { state total } }`;

type Batch = {
  id: string;
  state: string;
  total: number;
  processed: number;
  createdCount: number;
  skippedCount: number;
  reportUrl: string | null;
  rows: {
    n: number;
    status: string;
    title: string;
    issues: { field: string; rule: string; message: string }[];
    duplicateOf: { slug: string; title: string } | null;
    duplicateOfRow: number | null;
  }[];
};

const ris = (...records: string[]) => records.map((record) => `${record.trim()}\nER  - \n`).join('\n');

const FILE = ris(
  `TY  - BOOK
TI  - L’éveil culturel du tout-petit
AU  - Martin, Élodie
AU  - Durand, Jean-Noël
PY  - 2019
PB  - Érès
KW  - petite enfance
AB  - Un guide pour les professionnels de la petite enfance.
UR  - https://www.editions-eres.com/eveil?utm_source=zotero`,
  `TY  - BOOK
TI  - COMPTINES DU MONDE !
AB  - Le même livre que celui de la bibliothèque.`,
  `TY  - ELEC
TI  - L'éveil culturel (page de l'éditeur)
AB  - La même adresse que la première notice.
UR  - http://editions-eres.com/eveil/`,
  `TY  - RPRT
TI  - Un rapport sans résumé
PY  - 2020`,
);

describe('Importing a bibliography: preview, choices, a job that creates and indexes, a report', () => {
  let api: TestApi;
  let origin: string;
  let coordinator: MadeMember;
  let member: MadeMember;
  let existing: { slug: string; title: string };

  const upload = async (body: string, name = 'zotero.ris', contentType = 'application/octet-stream') => {
    const response = await fetch(`${origin}/imports/fichiers?nom=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(api.cookie ? { cookie: api.cookie } : {}) },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const uploaded = async (body: string, name?: string) => {
    const answer = await upload(body, name);
    expect(answer.status).toBe(201);
    return (JSON.parse(answer.text) as { id: string }).id;
  };
  const batch = async (id: string) => {
    const result = await api.gql<{ importBatch: Batch }>(BATCH, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.importBatch;
  };
  const choices = { themeSlugs: ['eveil'], audienceSlugs: ['parents'], visibility: 'network' };

  beforeAll(async () => {
    // Jobs run when the test says (settleJobs), so that the test that runs the import itself races no worker.
    api = await startTestApi({ indexer: true, env: { JOBS_WORKER: 'false' } });
    origin = new URL(api.url).origin;
    await api.dataSource.query(`INSERT INTO themes (slug, label, position) VALUES ('eveil', 'Éveil culturel', 1)`);
    coordinator = await makeMember(api, { role: 'coordinator' });
    member = await makeMember(api);
    existing = await makeResource(api, { title: 'Comptines du monde', themes: ['eveil'] });
  });
  afterAll(() => api.close());

  it('the preview marks each row new, probably a duplicate of « … » (library or earlier row), or invalid', async () => {
    await signInAs(api, coordinator);
    const preview = await batch(await uploaded(FILE));
    expect(preview).toMatchObject({ state: 'preview', total: 4, processed: 0, reportUrl: null });
    expect(
      preview.rows.map(({ n, status, duplicateOf, duplicateOfRow }) => ({ n, status, duplicateOf, duplicateOfRow })),
    ).toEqual([
      { n: 1, status: 'new', duplicateOf: null, duplicateOfRow: null },
      {
        n: 2,
        status: 'duplicate',
        duplicateOf: { slug: existing.slug, title: 'Comptines du monde' },
        duplicateOfRow: null,
      },
      { n: 3, status: 'duplicate', duplicateOf: null, duplicateOfRow: 1 },
      { n: 4, status: 'invalid', duplicateOf: null, duplicateOfRow: null },
    ]);
    expect(preview.rows[0]).toMatchObject({ authors: ['Élodie Martin', 'Jean-Noël Durand'], year: 2019 });
    expect(preview.rows[3].issues).toEqual([
      { field: 'summary', rule: 'required', message: 'Résumé : ce champ est obligatoire.' },
    ]);
  });

  it('members without the curator role, visitors and other coordinators are refused', async () => {
    await signInAs(api, coordinator);
    const id = await uploaded(FILE);
    await signInAs(api, member);
    expect(await upload(FILE)).toEqual({
      status: 403,
      text: 'Les imports sont réservés aux coordinateur·rices et aux administrateur·rices.\n',
    });
    const asMember = await api.gql(BATCH, { id });
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(START, { id, input: choices })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await fetch(`${origin}/imports/${id}/rapport.csv`, { headers: { cookie: api.cookie } })).status).toBe(403);
    api.signOut();
    expect((await upload(FILE)).status).toBe(401);
    await signInAs(api, await makeMember(api, { role: 'coordinator' }));
    expect((await api.gql(BATCH, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a file that is no bibliography, an empty one, or a form post is refused with a message', async () => {
    await signInAs(api, coordinator);
    expect(await upload('\u0089PNG\r\n', 'image.png')).toEqual({
      status: 400,
      text: 'Format de fichier non reconnu : RIS, BibTeX, CSL-JSON ou CSV.\n',
    });
    expect(await upload('[]', 'vide.json')).toEqual({ status: 400, text: 'Le fichier ne contient aucune notice.\n' });
    expect((await upload(FILE, 'zotero.ris', 'text/plain')).status).toBe(400);
  });

  it('the import creates the new rows through the resource path (indexed), skips duplicates and invalid rows, and reports', async () => {
    await signInAs(api, coordinator);
    const id = await uploaded(FILE);
    const badChoice = await api.gql(START, { id, input: { ...choices, themeSlugs: ['inconnu'] } });
    expect(badChoice.errors?.[0].extensions?.issues).toEqual([
      {
        field: 'themeSlugs',
        rule: 'unknown',
        params: { values: 'inconnu' },
        message: 'Thèmes : valeur inconnue : inconnu.',
      },
    ]);
    expect((await api.gql(START, { id, input: choices })).data).toEqual({ startImport: { state: 'queued', total: 4 } });
    expect((await api.gql(START, { id, input: choices })).errors?.[0].extensions?.code).toBe('CONFLICT');
    await api.settleJobs();

    const done = await batch(id);
    expect(done).toMatchObject({ state: 'done', processed: 4, createdCount: 1, skippedCount: 3 });
    expect(done.reportUrl).toBe(`/imports/${id}/rapport.csv`);
    const [created] = await api.dataSource.query(
      `SELECT r.slug, r.title, r.authors, r.year, r.publisher, r.url, r.visibility, r.type, r.format, m.id AS contributor,
              array(SELECT t.slug FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = r.id) AS themes,
              array(SELECT ra.audience_slug FROM resource_audiences ra WHERE ra.resource_id = r.id) AS audiences,
              array(SELECT g.label FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id WHERE rg.resource_id = r.id) AS tags
         FROM resources r JOIN members m ON m.id = r.contributor_id WHERE r.title = 'L’éveil culturel du tout-petit'`,
    );
    expect(created).toEqual({
      slug: 'l-eveil-culturel-du-tout-petit',
      title: 'L’éveil culturel du tout-petit',
      authors: ['Élodie Martin', 'Jean-Noël Durand'],
      year: 2019,
      publisher: 'Érès',
      url: 'https://www.editions-eres.com/eveil?utm_source=zotero',
      visibility: 'network',
      type: 'lecture',
      format: 'livre',
      contributor: coordinator.id,
      themes: ['eveil'],
      audiences: ['parents'],
      tags: ['petite enfance'],
    });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM resources`);
    expect(n).toBe(2);

    await api.drain();
    const search = await api.gql<{ search: { hits: { resource: { slug: string } }[] } }>(
      `query($input: SearchInput!) { search(input: $input) { hits { resource { slug } } } }`,
      { input: { q: 'éveil tout-petit' } },
    );
    expect(search.data?.search.hits.map((hit) => hit.resource.slug)).toContain('l-eveil-culturel-du-tout-petit');

    const report = await fetch(`${origin}${done.reportUrl}`, { headers: { cookie: api.cookie } });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await report.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'ligne,titre,résultat,motif,page',
      `1,L’éveil culturel du tout-petit,créée,,http://localhost:3000/ressources/l-eveil-culturel-du-tout-petit`,
      `2,COMPTINES DU MONDE !,ignorée,Doublon probable de « Comptines du monde ».,`,
      `3,L'éveil culturel (page de l'éditeur),ignorée,Doublon probable de « L’éveil culturel du tout-petit ».,`,
      `4,Un rapport sans résumé,ignorée,Résumé : ce champ est obligatoire.,`,
    ]);
  });

  it('unticked rows are skipped; duplicates are imported when asked', async () => {
    await signInAs(api, coordinator);
    const id = await uploaded(
      ris(
        `TY  - BOOK\nTI  - Comptines du monde\nAB  - Une seconde édition, voulue.`,
        `TY  - BOOK\nTI  - Un livre décoché\nAB  - Pas cette fois.`,
      ),
    );
    await api.gql(START, { id, input: { ...choices, skippedRows: [2], importDuplicates: true } });
    await api.settleJobs();
    expect(await batch(id)).toMatchObject({ state: 'done', createdCount: 1, skippedCount: 1 });
    const titles = await api.dataSource.query(
      `SELECT slug FROM resources WHERE title IN ('Comptines du monde', 'Un livre décoché') ORDER BY slug`,
    );
    expect(titles).toEqual([{ slug: existing.slug }, { slug: `${existing.slug}-2` }]);
  });

  it('a row that fails half-way leaves nothing behind; the job, run again, finishes without creating a row twice', async () => {
    await signInAs(api, coordinator);
    // Fails after the resource and its new tag are written, while its themes are linked.
    await api.dataSource.query(`
      CREATE FUNCTION fail_on_broken() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT title FROM resources WHERE id = NEW.resource_id) = 'Notice qui casse' THEN
          RAISE EXCEPTION 'panne simulée';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER fail_on_broken AFTER INSERT ON resource_themes FOR EACH ROW EXECUTE FUNCTION fail_on_broken();`);
    const id = await uploaded(
      ris(
        `TY  - BOOK\nTI  - Avant la panne\nAB  - Créée.`,
        `TY  - BOOK\nTI  - Notice qui casse\nKW  - étiquette-orpheline\nAB  - Échoue.`,
        `TY  - BOOK\nTI  - Après la panne\nAB  - Créée au second passage.`,
      ),
    );
    await api.gql(START, { id, input: choices });
    const runner = api.app.get(ImportRunner);
    await expect(runner.run(id)).rejects.toThrow('panne simulée');

    const orphans = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM resources WHERE title = 'Notice qui casse') AS resources,
              (SELECT count(*)::int FROM tags WHERE label = 'étiquette-orpheline') AS tags`,
    );
    expect(orphans).toEqual([{ resources: 0, tags: 0 }]);
    // The whole chunk the failing row was in is rolled back with it, report included: the job will redo it.
    expect(await batch(id)).toMatchObject({ state: 'running', processed: 0, createdCount: 0 });
    const [{ before }] = await api.dataSource.query(
      `SELECT count(*)::int AS before FROM resources WHERE title = 'Avant la panne'`,
    );
    expect(before).toBe(0);

    await api.dataSource.query(`DROP TRIGGER fail_on_broken ON resource_themes; DROP FUNCTION fail_on_broken()`);
    await runner.run(id);
    expect(await batch(id)).toMatchObject({ state: 'done', processed: 3, createdCount: 3 });
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM resources WHERE title = 'Avant la panne'`,
    );
    expect(n).toBe(1);
    await api.settleJobs();
  });
});
