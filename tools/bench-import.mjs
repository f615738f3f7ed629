// `npm run bench:import [-- --records 1000]`: imports a generated Zotero-like RIS file of N records with
// `cli import` into an empty library on fresh PostgreSQL and Meilisearch, and reports the time (boot included) until
// every resource is created and indexed. Writes its section of docs/benchmarks.md. A benchmark, not a test.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import services from './services.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--records');
const RECORDS = i > 0 ? Number(process.argv[i + 1]) : 1000;
const cli = join(root, 'dist/apps/api/apps/api/src/cli.js');
const say = (message) => console.log(`› ${message}`);
const TARGET_SECONDS = 60;

const TYPES = ['BOOK', 'JOUR', 'RPRT', 'ELEC', 'CHAP', 'THES', 'VIDEO'];
const WORDS = [
  'éveil',
  'lecture',
  'parentalité',
  'écrans',
  'médiation',
  'jeu',
  'numérique',
  'comptines',
  'bébés',
  'adolescents',
];
const NAMES = ['Martin, Élodie', 'Durand, Jean-Noël', 'N’Diaye, Aïssatou', 'Lefèvre, Cécile', 'Moreau, Anaïs'];

/** N records as Zotero writes them: several authors, accents, keywords, abstracts, URLs with tracking parameters. */
function risFile(count) {
  const records = [];
  for (let n = 0; n < count; n += 1) {
    const word = (k) => WORDS[(n * 7 + k) % WORDS.length];
    records.push(
      [
        `TY  - ${TYPES[n % TYPES.length]}`,
        `TI  - ${word(0)} et ${word(1)} : notice n° ${n + 1}`,
        `AU  - ${NAMES[n % NAMES.length]}`,
        `AU  - ${NAMES[(n + 2) % NAMES.length]}`,
        `PY  - ${1990 + (n % 35)}`,
        `PB  - Éditions ${word(2)}`,
        `LA  - ${n % 5 === 0 ? 'eng' : 'fre'}`,
        `KW  - ${word(3)}`,
        `KW  - ${word(4)}`,
        `AB  - Une notice sur ${word(0)}, ${word(1)} et ${word(5)}, pour les professionnels et les familles.`,
        `UR  - https://example.org/notices/${n + 1}?utm_source=zotero`,
        'ER  - ',
      ].join('\n'),
    );
  }
  return `${records.join('\n\n')}\n`;
}

async function main() {
  if (!existsSync(cli)) throw new Error('Build the API first: npx nx run api:build');
  const dir = mkdtempSync(join(os.tmpdir(), 'cc-bench-import-'));
  chmodSync(dir, 0o755);
  const postgres = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  const meili = await services.startMeilisearch({
    dir: join(dir, 'meili'),
    port: await services.freePort(),
    masterKey: 'benchmark-master-key-0001',
  });
  const env = {
    ...process.env,
    DATABASE_URL: await postgres.createDatabase('bench_import'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    INDEXER_ENABLED: 'false',
  };
  try {
    const migrate = spawnSync('node', [cli, 'migrate'], { cwd: root, env, stdio: 'inherit' });
    if (migrate.status !== 0) throw new Error('migrate failed');
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(`INSERT INTO themes (slug, label, position) VALUES ('eveil', 'Éveil culturel', 1)`);
    await client.query(
      `INSERT INTO members (slug, name, email, role) VALUES ('admin-bench', 'Admin Bench', 'admin@example.org', 'admin')`,
    );
    const file = join(dir, 'bibliographie.ris');
    writeFileSync(file, risFile(RECORDS));
    say(`Importing ${RECORDS} records…`);
    const started = Date.now();
    const run = spawnSync('node', [cli, 'import', file, '--themes', 'eveil'], { cwd: root, env, stdio: 'inherit' });
    const seconds = (Date.now() - started) / 1000;
    if (run.status !== 0) throw new Error('import failed');
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM resources) AS created,
              (SELECT count(*)::int FROM outbox_events WHERE processed_at IS NULL) AS unindexed,
              (SELECT extract(epoch FROM finished_at - created_at) FROM imports) AS job_seconds`,
    );
    await client.end();
    const { created, unindexed, job_seconds: jobSeconds } = rows[0];
    const cpu = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU';
    const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL 18 (embedded), Meilisearch 1.21.0`;
    const section = [
      '<!-- bench:import -->',
      '# Import benchmark',
      '',
      `Run by \`npm run bench:import\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine}.`,
      '',
      `| records | created | still to index | \`cli import\` end to end (boot, read, preview, import, index) | import job alone | records/s |`,
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${RECORDS} | ${created} | ${unindexed} | ${seconds.toFixed(1)} s | ${Number(jobSeconds).toFixed(1)} s | ${(RECORDS / seconds).toFixed(0)} |`,
      '',
      `Target (issue 12): 1,000 records in ≤ ${TARGET_SECONDS} s.`,
      '<!-- /bench:import -->',
      '',
    ].join('\n');
    const path = join(root, 'docs/benchmarks.md');
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const kept = before.replace(/<!-- bench:import -->[\s\S]*?<!-- \/bench:import -->\n?/, '').trimEnd();
    writeFileSync(path, `${kept}\n\n${section}`);
    console.log(`\n${section}`);
    if (created !== RECORDS || unindexed !== 0) throw new Error('not every record was created and indexed');
  } finally {
    await meili.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
