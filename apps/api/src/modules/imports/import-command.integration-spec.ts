import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember } from '../../../test/factories';

const CLI = join(__dirname, '../../../../../dist/apps/api/apps/api/src/cli.js');
const FIXTURES = join(__dirname, 'parse/fixtures');

function cli(api: TestApi, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('node', [CLI, ...args], {
    env: { ...process.env, ...api.env, INDEXER_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('cli import: an installation’s first load from the command line', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, env: { JOBS_WORKER: 'false' } });
    await api.dataSource.query(`INSERT INTO themes (slug, label, position) VALUES ('eveil', 'Éveil culturel', 1)`);
  });
  afterAll(() => api.close());

  it('imports a Zotero RIS file with a progress bar on stderr, indexes it, and prints a summary and a report', async () => {
    const admin = await makeMember(api, { role: 'admin' });
    const report = join(mkdtempSync(join(tmpdir(), 'cc-import-')), 'rapport.csv');
    const run = await cli(api, [
      'import',
      join(FIXTURES, 'zotero.ris'),
      '--themes',
      'eveil',
      '--visibilite',
      'public',
      '--rapport',
      report,
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'zotero.ris (ris) : 4 notice(s) — 2 nouvelle(s), 0 doublon(s) probable(s), 2 invalide(s).',
    );
    expect(run.stderr).toMatch(/Import \[.*\] 100 % \| 4\/4 notices/);
    expect(run.stdout).toContain('2 ressource(s) créée(s), 2 notice(s) ignorée(s).');
    expect(run.stdout).toContain('ligne 3 « Sans résumé ni auteur » : Résumé : ce champ est obligatoire.');
    const rows = await api.dataSource.query(`SELECT title, visibility, contributor_id FROM resources ORDER BY year`);
    expect(rows).toEqual([
      {
        title: 'L’éveil culturel du tout-petit : lire, chanter, jouer',
        visibility: 'public',
        contributor_id: admin.id,
      },
      { title: 'Les bébés lecteurs en médiathèque', visibility: 'public', contributor_id: admin.id },
    ]);
    const [{ pending }] = await api.dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_events WHERE processed_at IS NULL`,
    );
    expect(pending).toBe(0);
    expect(readFileSync(report, 'utf8').split('\r\n')[0]).toBe('\ufeffligne,titre,résultat,motif,page');

    // Run again: everything is now a duplicate, nothing is created twice.
    const again = await cli(api, ['import', join(FIXTURES, 'zotero.ris'), '--themes', 'eveil']);
    expect(again.stdout).toContain('0 ressource(s) créée(s), 4 notice(s) ignorée(s).');
  });

  it('without a theme, or with an unknown one, it says what is missing and creates nothing', async () => {
    const missing = await cli(api, ['import', join(FIXTURES, 'zotero.bib')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Indiquez un fichier et au moins un thème.');
    const unknown = await cli(api, ['import', join(FIXTURES, 'zotero.bib'), '--themes', 'inconnu']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Thèmes : valeur inconnue : inconnu.');
  });
});
