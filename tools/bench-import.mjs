// `npm run bench:import [-- --records 1000] [--tiny]`: imports a generated Zotero-like RIS file of N records with
// `cli import` into an empty library on fresh PostgreSQL and Meilisearch, and reports the time (boot included) until
// every resource is created and indexed. Writes its section of docs/benchmarks.md. A benchmark, not a test.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  arg,
  cli,
  machine,
  now,
  requireBuild,
  root,
  runCli,
  runMain,
  say,
  startServices,
  withClient,
  writeSection,
} from './bench-support.mjs';

const RECORDS = arg('records', 1000, 20);
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
  requireBuild();
  const stack = await startServices('import', { INDEXER_ENABLED: 'false' });
  const { env } = stack;
  try {
    runCli(['migrate'], env);
    await withClient(env, async (client) => {
      await client.query(`INSERT INTO themes (slug, label, position) VALUES ('eveil', 'Éveil culturel', 1)`);
      await client.query(
        `INSERT INTO members (slug, name, email, role) VALUES ('admin-bench', 'Admin Bench', 'admin@example.org', 'admin')`,
      );
    });
    const file = join(stack.dir, 'bibliographie.ris');
    writeFileSync(file, risFile(RECORDS));
    say(`Importing ${RECORDS} records…`);
    const started = Date.now();
    const run = spawnSync('node', [cli, 'import', file, '--themes', 'eveil'], { cwd: root, env, stdio: 'inherit' });
    const seconds = (Date.now() - started) / 1000;
    if (run.status !== 0) throw new Error('import failed');
    const {
      created,
      unindexed,
      job_seconds: jobSeconds,
    } = await withClient(env, async (client) => {
      const { rows } = await client.query(
        `SELECT (SELECT count(*)::int FROM resources) AS created,
                (SELECT count(*)::int FROM outbox_events WHERE processed_at IS NULL) AS unindexed,
                (SELECT extract(epoch FROM finished_at - created_at) FROM imports) AS job_seconds`,
      );
      return rows[0];
    });
    writeSection('import', [
      '# Import benchmark',
      '',
      `Run by \`npm run bench:import\` on ${now()} UTC. Machine: ${machine('PostgreSQL 18 (embedded), Meilisearch 1.21.0')}.`,
      '',
      `| records | created | still to index | \`cli import\` end to end (boot, read, preview, import, index) | import job alone | records/s |`,
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${RECORDS} | ${created} | ${unindexed} | ${seconds.toFixed(1)} s | ${Number(jobSeconds).toFixed(1)} s | ${(RECORDS / seconds).toFixed(0)} |`,
      '',
      `Target (issue 12): 1,000 records in ≤ ${TARGET_SECONDS} s.`,
    ]);
    if (created !== RECORDS || unindexed !== 0) throw new Error('not every record was created and indexed');
  } finally {
    await stack.stop();
  }
}

runMain(main);
