// `node tools/bench-upload.mjs [-- --mb 50] [--s3]`: starts the built API on fresh PostgreSQL and Meilisearch, uploads
// a file of N MB in parts as the web form does (PUT /fichiers/televersements/<id>/parties/<n>, then « fin », which
// hashes the bytes and decides their type), and reports the API process's peak resident memory above its level
// before the upload. `--s3`: the bytes go to an s3rver process instead of the local folder. Writes its section of
// docs/benchmarks.md. A benchmark, not a test.
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
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = arg('--mb', 50);
const S3 = process.argv.includes('--s3');
const TARGET_MB = 30;
const dist = join(root, 'dist/apps/api/apps/api/src');
const say = (message) => console.log(`› ${message}`);
const MIB = 1024 * 1024;

/** Resident memory of a process (bytes), from /proc. */
function rss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** Samples `pid`'s memory every 10 ms while `work` runs; answers the peak. */
async function peakDuring(pid, work) {
  let peak = rss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rss(pid))), 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rss(pid));
}

async function startS3rver(dir) {
  const script = `const S3rver = require('s3rver');
new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[1], configureBuckets: [{ name: 'bench' }] })
  .run().then(({ port }) => console.log(port));`;
  const child = spawn('node', ['-e', script, dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve) => child.stdout.once('data', (data) => resolve(Number(String(data)))));
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

async function main() {
  if (!existsSync(join(dist, 'main.js'))) throw new Error('Build the API first: npx nx run api:build');
  const dir = mkdtempSync(join(os.tmpdir(), 'cc-bench-upload-'));
  chmodSync(dir, 0o755);
  const postgres = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  const meili = await services.startMeilisearch({
    dir: join(dir, 'meili'),
    port: await services.freePort(),
    masterKey: 'benchmark-master-key-0001',
  });
  const s3 = S3 ? await startS3rver(join(dir, 's3')) : null;
  const port = await services.freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: await postgres.createDatabase('bench_upload'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    FILES_DIR: join(dir, 'files'),
    DIGEST_SCHEDULER: 'false',
    LINK_CHECK_SCHEDULED: 'false',
    ...(s3
      ? { S3_ENDPOINT: s3.endpoint, S3_BUCKET: 'bench', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }
      : {}),
  };
  let api;
  try {
    const migrate = spawnSync('node', [join(dist, 'cli.js'), 'migrate'], { cwd: root, env, stdio: 'ignore' });
    if (migrate.status !== 0) throw new Error('migrate failed');
    require(join(dist, 'register-aliases.js'));
    const { hashPassword } = require(join(dist, 'modules/accounts/passwords.js'));
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(
      `INSERT INTO members (slug, name, email, role, password_hash) VALUES ('bench', 'Bench', 'bench@example.org', 'member', $1)`,
      [await hashPassword('mot-de-passe-du-banc')],
    );
    await client.end();

    api = spawn('node', [join(dist, 'main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 600; i += 1) {
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "bench@example.org", password: "mot-de-passe-du-banc") { id } }`,
      }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .find((header) => header.startsWith('cc_session='))
      .split(';')[0];

    const upload = async (bytes) => {
      const call = async (method, path, body, type) => {
        const response = await fetch(`${url}${path}`, { method, headers: { cookie, 'content-type': type }, body });
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const state = await call(
        'POST',
        '/fichiers/televersements',
        JSON.stringify({ nom: 'banc.pdf', taille: bytes.length }),
        'application/json',
      );
      for (let part = 1; part <= state.nombreParties; part += 1) {
        const chunk = bytes.subarray((part - 1) * state.tailleParties, part * state.tailleParties);
        await call('PUT', `/fichiers/televersements/${state.id}/parties/${part}`, chunk, 'application/octet-stream');
      }
      return call('POST', `/fichiers/televersements/${state.id}/fin`, undefined, 'application/json');
    };
    const file = (mb) => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(mb * MIB - 9)]);

    // A first small upload loads the code paths, so that the measure is of holding bytes, not of loading modules.
    await upload(file(1));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = rss(api.pid);
    const bytes = file(MB);
    say(`Uploading ${MB} MB in parts (${S3 ? 's3rver' : 'local folder'})…`);
    const started = Date.now();
    let answer;
    const peak = await peakDuring(api.pid, async () => (answer = await upload(bytes)));
    const seconds = (Date.now() - started) / 1000;
    if (answer.size !== bytes.length || answer.mediaType !== 'application/pdf') throw new Error('upload not kept');
    const delta = (peak - before) / MIB;

    const cpu = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU';
    const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const marker = `bench:upload${S3 ? '-s3' : ''}`;
    const section = [
      `<!-- ${marker} -->`,
      `# Upload memory benchmark (${S3 ? 'S3-compatible storage, s3rver' : 'local folder'})`,
      '',
      `Run by \`node tools/bench-upload.mjs${S3 ? ' --s3' : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine}.`,
      '',
      '| file | parts | API RSS before | API RSS peak | peak − before | time (parts + « fin ») | MB/s |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${MB} MB | ${Math.ceil(bytes.length / (8 * MIB))} × 8 MiB | ${(before / MIB).toFixed(0)} MiB | ${(peak / MIB).toFixed(0)} MiB | **+${delta.toFixed(1)} MiB** | ${seconds.toFixed(1)} s | ${(MB / seconds).toFixed(1)} |`,
      '',
      `Target (issue 12): peak memory of the API process during a 50 MB upload under +${TARGET_MB} MB. « fin » reads the stored bytes twice (type, SHA-256), streamed.`,
      `<!-- /${marker} -->`,
      '',
    ].join('\n');
    const path = join(root, 'docs/benchmarks.md');
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const pattern = new RegExp(`<!-- ${marker} -->[\\s\\S]*?<!-- /${marker} -->\\n?`);
    writeFileSync(path, `${existing.replace(pattern, '').trimEnd()}\n\n${section}`);
    console.log(`\n${section}`);
  } finally {
    api?.kill('SIGTERM');
    s3?.child.kill('SIGTERM');
    await meili.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
