// `npm start`: builds the API and the web app, starts PostgreSQL and Meilisearch (embedded unless DATABASE_URL /
// MEILI_URL are set), applies migrations and index settings, seeds an empty database with the demo library, then
// serves everything on one port and prints the address. Ctrl-C stops it all; the next start keeps the data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedServices } from './embedded-stack.mjs';
import services from './services.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const port = Number(env.PORT || 3000);
const dataDir = env.DATA_DIR || join(root, '.data');
const say = (message) => console.log(`\x1b[36m›\x1b[0m ${message}`);
const running = [];
let api;
let stopping = false;

async function main() {
  await services.assertPortFree(port, 'application web', 'PORT');

  say('Construction de l’API et de l’application web…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (build.status !== 0) throw new Error('La construction a échoué (voir ci-dessus).');

  running.push(...(await embeddedServices(env, { dataDir, say })));

  const cli = join(root, 'dist/apps/api/apps/api/src/cli.js');
  say('Migrations, réglages de l’index et bibliothèque de démonstration (si la base est vide)…');
  const seed = spawnSync('node', [cli, 'seed', '--if-empty', '--with-field-work'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (seed.status !== 0) throw new Error('La préparation de la base a échoué (voir ci-dessus).');

  const webDist = join(root, 'dist/apps/web');
  if (!existsSync(join(webDist, 'index.html'))) throw new Error(`Application web introuvable dans ${webDist}`);
  api = spawn('node', [join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, PORT: String(port), WEB_DIST: webDist, DATA_DIR: dataDir },
  });
  api.once('exit', (code) => {
    if (!stopping) {
      console.error(`Le serveur s’est arrêté (code ${code}).`);
      void shutdown(code || 1);
    }
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`\n  \x1b[1mCulture commune est prêt : ${url}\x1b[0m\n  (Ctrl-C pour tout arrêter)\n`);
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('Arrêt…');
  if (api && api.exitCode === null) {
    await new Promise((resolve) => {
      api.once('exit', resolve);
      api.kill('SIGTERM');
    });
  }
  for (const service of running.reverse()) await service.stop().catch(() => undefined);
  say('Tout est arrêté.');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(`\n\x1b[31m✗ ${error.message}\x1b[0m\n`);
  await shutdown(1);
});
