// What every tools/bench-*.mjs script shares: its arguments and `--tiny` mode, fresh embedded PostgreSQL and
// Meilisearch, the built API (CLI and server), a member's session, percentiles, and its marked section of
// docs/benchmarks.md. `--tiny` runs a benchmark at a size that only proves it still runs to the end (`npm test` does,
// so that a script cannot silently break again): it prints its figures and writes nothing.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import services from './services.cjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'dist/apps/api/apps/api/src');
export const cli = join(dist, 'cli.js');
export const require = createRequire(import.meta.url);
export const TINY = process.argv.includes('--tiny');
export const MIB = 1024 * 1024;
export const say = (message) => console.log(`› ${message}`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `--name value` as a number; under `--tiny`, `tiny` when given (the size that proves the script runs). */
export function arg(name, fallback, tiny) {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0) return Number(process.argv[i + 1]);
  return TINY && tiny !== undefined ? tiny : fallback;
}

/** Nearest-rank percentile (p in 0–100): exact for the recorded values. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function requireBuild() {
  if (!existsSync(join(dist, 'main.js')) || !existsSync(cli))
    throw new Error('Construisez d’abord l’API : NX_DAEMON=false npx nx run api:build');
}

/** Runs a command to its end (output shown, or kept unless it fails); answers its duration in seconds, throws if it failed. */
export function run(command, args, env, { quiet = false } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    // Quiet runs keep their output for this: a failure says why.
    if (quiet) console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n'));
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  return (Date.now() - started) / 1000;
}

/** `node dist/…/cli.js <args>`: seed, migrate, load-synthetic, reindex, import… */
export const runCli = (args, env, options) => run('node', [cli, ...args], env, options);

/** The machine a figure was measured on, for the sections of docs/benchmarks.md. */
export function machine(extra = '') {
  const cpu = os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU';
  const base = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  return extra ? `${base}, ${extra}` : base;
}

export const now = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

/**
 * Fresh PostgreSQL and Meilisearch in a temporary folder, and the environment the built API needs to use them
 * (schedulers off, files under the folder). `stop()` stops both and removes the folder.
 */
export async function startServices(name, extraEnv = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), `cc-bench-${name}-`));
  chmodSync(dir, 0o755);
  const postgres = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  let meili;
  try {
    meili = await services.startMeilisearch({
      dir: join(dir, 'meili'),
      port: await services.freePort(),
      masterKey: 'benchmark-master-key-0001',
    });
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  const port = await services.freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: await postgres.createDatabase(`bench_${name.replace(/\W/g, '_')}`),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    FILES_DIR: join(dir, 'files'),
    DIGEST_SCHEDULER: 'false',
    LINK_CHECK_SCHEDULED: 'false',
    // The benches print their own progress and figures; the API's info lines (one per module at start) would bury them.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...extraEnv,
  };
  const meiliHeaders = { 'content-type': 'application/json', authorization: `Bearer ${meili.masterKey}` };
  const stop = async () => {
    await meili.stop();
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, env, meili, meiliHeaders, url: env.PUBLIC_URL, stop };
}

/** Starts the built API server with `env`; answers once `/health/live` does. `stop()` ends it with SIGTERM. */
export async function startApi(env, { output = 'ignore' } = {}) {
  // BENCH_CPU_PROF=<folder>: the API writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const api = spawn('node', [...profile, join(dist, 'main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', output, 'inherit'],
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  const stop = async () => {
    if (api.exitCode !== null || api.signalCode !== null) return;
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; ; i += 1) {
    if (api.exitCode !== null) throw new Error(`the API stopped at start (exit code ${api.exitCode})`);
    if (i === 600) {
      await stop();
      throw new Error('the API did not answer /health/live within 60 s');
    }
    try {
      // Live, not ready: readiness also wants the outbox backlog drained, which a bench loading 100,000 resources
      // waits for itself (waitForIndexed), with the API up.
      if ((await fetch(`${url}/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return { url, pid: api.pid, process: api, stop };
}

/**
 * A small round-robin proxy over the replicas' ports, with no sticky sessions, as a load balancer in production; a
 * request a stopped replica cannot take answers 502 (not accepted).
 */
export async function startProxy(ports) {
  let next = 0;
  const server = http.createServer((req, res) => {
    const port = ports[next++ % ports.length];
    const upstream = http.request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502).end('replica down');
    });
    req.pipe(upstream);
  });
  // Keep-alive from the load to the proxy, as from browsers to a load balancer.
  server.keepAliveTimeout = 30_000;
  const port = await services.freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * One operation of the web app as it sends it: the document GraphQL Code Generator wrote for `name` (with its
 * fragments), printed back to text.
 */
export function webOperation(name) {
  const source = readFileSync(join(root, 'apps/web/src/generated/graphql.ts'), 'utf8');
  const match = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as`, 'm').exec(source);
  if (!match) throw new Error(`The web app has no operation named ${name}`);
  return require('graphql').print(JSON.parse(match[1]));
}

/** A member who can sign in (written straight into the database, with the product's own password hash). */
export async function createMember(env, { slug = 'banc', role = 'member', password = 'mot-de-passe-du-banc' } = {}) {
  require(join(dist, 'register-aliases.js'));
  const { hashPassword } = require(join(dist, 'modules/accounts/passwords.js'));
  const email = `${slug}@example.org`;
  const hash = await hashPassword(password);
  await withClient(env, (client) =>
    client.query(`INSERT INTO members (slug, name, email, role, password_hash) VALUES ($1, $2, $3, $4, $5)`, [
      slug,
      slug[0].toUpperCase() + slug.slice(1),
      email,
      role,
      hash,
    ]),
  );
  return { email, password };
}

/** Signs in through GraphQL; answers the session cookie (`cc_session=…`). */
export async function signIn(url, { email, password }) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: { email, password },
    }),
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(`signIn: ${answer.errors[0].message}`);
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('cc_session='));
  if (!cookie) throw new Error('signIn: no session cookie');
  return cookie.split(';')[0];
}

/** A member's session: REST calls and GraphQL with the session cookie; errors throw with the server's message. */
export function session(url, cookie) {
  const call = async (method, path, body, type = 'application/json') => {
    const response = await fetch(`${url}${path}`, { method, headers: { cookie, 'content-type': type }, body });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const gql = async (query, variables) => {
    const answer = await call('POST', '/graphql', JSON.stringify({ query, variables }));
    if (answer.errors) throw new Error(answer.errors[0].message);
    return answer.data;
  };
  return { cookie, call, gql };
}

export async function withClient(env, work) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Waits until the outbox is empty and Meilisearch has no task left: everything written is searchable. */
export async function waitForIndexed(env, meili, meiliHeaders) {
  await withClient(env, async (client) => {
    for (;;) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL');
      const tasks = await fetch(`${meili.url}/tasks?statuses=enqueued,processing&limit=1`, {
        headers: meiliHeaders,
      }).then((r) => r.json());
      if (rows[0].n === 0 && tasks.total === 0) return;
      await sleep(250);
    }
  });
}

/**
 * Replaces the benchmark's marked section (`<!-- bench:name -->` … `<!-- /bench:name -->`) of docs/benchmarks.md,
 * keeping the others, and aligns its tables as Prettier would (`npm test` checks the formatting of docs). Prints the
 * section in every mode; under `--tiny` writes nothing.
 */
export function writeSection(name, lines) {
  const section = [`<!-- bench:${name} -->`, ...lines, `<!-- /bench:${name} -->`, ''].join('\n');
  console.log(`\n${section}`);
  if (TINY) return;
  const path = join(root, 'docs/benchmarks.md');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->\\n?`);
  // A section already in the file is replaced where it stands; a new one goes at the end.
  if (pattern.test(existing))
    writeFileSync(
      path,
      existing.replace(pattern, () => section),
    );
  else writeFileSync(path, existing.trimEnd() ? `${existing.trimEnd()}\n\n${section}` : section);
  spawnSync('npx', ['prettier', '--write', path, '--log-level', 'warn'], { cwd: root, stdio: 'inherit' });
}

/** Runs `main` and exits non-zero with the error when it fails. */
export function runMain(main) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
