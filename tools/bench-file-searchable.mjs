// `npm run bench:files [-- --runs-small 10 --runs-large 5] [--quick]` after `nx run api:build`: upload → text
// searchable, as a member lives it (issue 12). Starts the built API on fresh PostgreSQL and Meilisearch with the demo
// library, then for a ~2 MB and a ~30 MB PDF whose last page carries a word found nowhere else: uploads it in parts
// through the REST routes, attaches it to a new public resource through GraphQL, and polls GraphQL `search` for the
// word until the resource comes back with the file match. The clock runs from the first upload request to that
// answer: parts, « fin », the resource's write, the extraction job (child process), the outbox and Meilisearch.
// Prints median and p95 per size and writes its section of docs/benchmarks.md. `--quick`: one run of two small PDFs,
// nothing written (a smoke run for the test suite). A benchmark, not a test.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import services from './services.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('./ts-require-hook.cjs'); // the PDF writer is the tests' own (TypeScript)
const { makePdf } = require('../apps/api/test/files/pdf-writer.ts');
const dist = join(root, 'dist/apps/api/apps/api/src');
const QUICK = process.argv.includes('--quick');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const say = (message) => console.log(`› ${message}`);
const MIB = 1024 * 1024;
/** Give up on one run after this long: the word never became searchable. */
const RUN_TIMEOUT_MS = 180_000;

// Pages of French text, plus incompressible images to reach the size (the extraction bench's heavy PDF is the same).
const SIZES = QUICK
  ? [
      { label: 'small (quick)', pages: 3, imageBytesPerPage: 60_000, runs: 1 },
      { label: 'large (quick)', pages: 6, imageBytesPerPage: 150_000, runs: 1 },
    ]
  : [
      { label: '2 MB', pages: 10, imageBytesPerPage: 200_000, runs: arg('--runs-small', 10) },
      { label: '30 MB', pages: 60, imageBytesPerPage: 512_000, runs: arg('--runs-large', 5) },
    ];
const WORDS = ['éducation', 'médias', 'atelier', 'écrans', 'numérique', 'parentalité', 'lecture', 'image', 'critique'];
const line = (n) => Array.from({ length: 14 }, (_, k) => WORDS[(n * 7 + k * 3) % WORDS.length]).join(' ') + '.';
const textPage = (page) => Array.from({ length: 30 }, (_, n) => line(page * 31 + n)).join('\n');

/** A word no other document has: letters only, so that it is one token for Meilisearch. */
function uniqueWord() {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `banc${[...randomBytes(8)].map((byte) => letters[byte % letters.length]).join('')}`;
}

/** The PDF of one run: the same pages each time, the run's own word on the last page only. */
function pdfFor(size, word) {
  const pages = Array.from({ length: size.pages }, (_, p) => textPage(p));
  pages[pages.length - 1] += `\nLe mot du banc d’essai est ${word}, sur la dernière page seulement.`;
  return makePdf(pages, { imageBytesPerPage: size.imageBytesPerPage });
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

async function startApi(dir) {
  const postgres = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  const meili = await services.startMeilisearch({
    dir: join(dir, 'meili'),
    port: await services.freePort(),
    masterKey: 'benchmark-master-key-0001',
  });
  const port = await services.freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: await postgres.createDatabase('bench_file_searchable'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    FILES_DIR: join(dir, 'files'),
    DIGEST_SCHEDULER: 'false',
    LINK_CHECK_SCHEDULED: 'false',
  };
  const stop = async (api) => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
    }
    await meili.stop();
    await postgres.stop();
  };
  let api;
  try {
    // The demo library: themes for the form, and other documents for the word to stand out from.
    if (spawnSync('node', [join(dist, 'cli.js'), 'seed'], { cwd: root, env, stdio: 'ignore' }).status !== 0)
      throw new Error('cli seed failed');
    require(join(dist, 'register-aliases.js'));
    const { hashPassword } = require(join(dist, 'modules/accounts/passwords.js'));
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(
      `INSERT INTO members (slug, name, email, role, password_hash) VALUES ('banc', 'Banc', 'banc@example.org', 'member', $1)`,
      [await hashPassword('mot-de-passe-du-banc')],
    );
    await client.end();
    api = spawn('node', [join(dist, 'main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      if (i === 600) throw new Error('the API did not start');
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { url, api, stop: () => stop(api) };
  } catch (error) {
    await stop(api);
    throw error;
  }
}

/** A member's session on the API: the REST upload routes and GraphQL, with the session cookie. */
async function session(url) {
  const signIn = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { signIn(email: "banc@example.org", password: "mot-de-passe-du-banc") { id } }`,
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .find((header) => header.startsWith('cc_session='))
    .split(';')[0];
  const call = async (method, path, body, type) => {
    const response = await fetch(`${url}${path}`, { method, headers: { cookie, 'content-type': type }, body });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const gql = async (query, variables) => {
    const answer = await call('POST', '/graphql', JSON.stringify({ query, variables }), 'application/json');
    if (answer.errors) throw new Error(answer.errors[0].message);
    return answer.data;
  };
  return { call, gql };
}

const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`;
const SEARCH = `query($input: SearchInput!) { search(input: $input) { hits { resource { slug } fileMatch { number } } } }`;

/** One run: upload in parts, attach, poll search; answers the milliseconds from the first request to the hit. */
async function oneRun({ call, gql }, bytes, word, n) {
  const started = performance.now();
  const state = await call(
    'POST',
    '/fichiers/televersements',
    JSON.stringify({ nom: `banc-${n}.pdf`, taille: bytes.length }),
    'application/json',
  );
  for (let part = 1; part <= state.nombreParties; part += 1) {
    const chunk = bytes.subarray((part - 1) * state.tailleParties, part * state.tailleParties);
    await call('PUT', `/fichiers/televersements/${state.id}/parties/${part}`, chunk, 'application/octet-stream');
  }
  const file = await call('POST', `/fichiers/televersements/${state.id}/fin`, undefined, 'application/json');
  const uploaded = performance.now();
  const { createResource } = await gql(CREATE, {
    input: {
      type: 'outil',
      format: 'quiz',
      title: `Support d’atelier du banc d’essai ${n}`,
      summary: 'Un support d’atelier joint comme fichier PDF.',
      authors: [],
      language: 'fr',
      visibility: 'public',
      themeSlugs: ['jeux-video'],
      audienceSlugs: [],
      tags: [],
      files: [{ id: file.id, main: true }],
    },
  });
  for (;;) {
    const { search } = await gql(SEARCH, { input: { q: word } });
    const hit = search.hits.find((h) => h.resource.slug === createResource.slug && h.fileMatch);
    if (hit) return { total: performance.now() - started, upload: uploaded - started };
    if (performance.now() - started > RUN_TIMEOUT_MS) throw new Error(`« ${word} » not searchable after 3 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  if (!existsSync(join(dist, 'main.js'))) throw new Error('Build the API first: NX_DAEMON=false npx nx run api:build');
  const dir = mkdtempSync(join(os.tmpdir(), 'cc-bench-searchable-'));
  chmodSync(dir, 0o755);
  const started = await startApi(dir);
  const rows = [];
  try {
    const member = await session(started.url);
    // A first run loads the code paths and the extraction libraries; it is not counted.
    say('Warming up…');
    const warmUp = uniqueWord();
    await oneRun(member, pdfFor(SIZES[0], warmUp), warmUp, 0);
    for (const size of SIZES) {
      const times = [];
      const uploads = [];
      let bytes = 0;
      for (let run = 1; run <= size.runs; run += 1) {
        const word = uniqueWord();
        const pdf = pdfFor(size, word);
        bytes = pdf.length;
        const { total, upload } = await oneRun(member, pdf, word, `${size.label}-${run}`);
        times.push(total);
        uploads.push(upload);
        say(`${size.label} (${(bytes / MIB).toFixed(1)} MB), run ${run}/${size.runs}: ${(total / 1000).toFixed(2)} s`);
      }
      rows.push({ ...size, bytes, times, uploads });
    }
  } finally {
    await started.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const cpu = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU';
  const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`;
  const section = [
    '<!-- bench:file-searchable -->',
    '# Upload → text searchable benchmark',
    '',
    `Run by \`npm run bench:files\` (built API, local folder storage) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine}.`,
    'From the first upload request to the GraphQL `search` answer that finds a word only on the PDF’s last page: parts (8 MiB) and « fin », `createResource` attaching the file, the `files.extract` job (child process: text of every page and thumbnail), the outbox and Meilisearch; search polled every 100 ms, after one uncounted warm-up run.',
    '',
    '| PDF | pages | runs | upload + « fin » (median) | searchable: median | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.label} (${(row.bytes / MIB).toFixed(1)} MB, text and images) | ${row.pages} | ${row.runs} | ${s(quantile(row.uploads, 0.5))} | ${s(quantile(row.times, 0.5))} | **${s(quantile(row.times, 0.95))}** | ${s(Math.max(...row.times))} |`,
    ),
    '',
    'p95 by nearest rank: with fewer than 20 runs it is the slowest run. The extraction job is picked up by the API’s worker when its transaction commits (`NOTIFY`), else at the next poll (`JOBS_POLL_MS`, 1 s).',
    '<!-- /bench:file-searchable -->',
    '',
  ].join('\n');
  console.log(`\n${section}`);
  if (QUICK) return;
  const path = join(root, 'docs/benchmarks.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const kept = existing.replace(/<!-- bench:file-searchable -->[\s\S]*?<!-- \/bench:file-searchable -->\n?/, '');
  writeFileSync(path, `${kept.trimEnd()}\n\n${section}`);
  // `npm test` checks the formatting of docs: align the table as Prettier would.
  spawnSync('npx', ['prettier', '--write', path, '--log-level', 'warn'], { cwd: root, stdio: 'inherit' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
