// `npm run backup` / `npm run restore -- <archive>` (and any `cli` command) on a local installation: the built CLI
// with the embedded PostgreSQL and Meilisearch of `npm start` — reused while `npm start` runs, started for the command
// otherwise — unless DATABASE_URL / MEILI_URL name other servers. In the API image, run `node
// dist/apps/api/apps/api/src/cli.js <command>` directly (docker/README.md).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedServices } from './embedded-stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/apps/api/apps/api/src/cli.js');
const env = { ...process.env };
const dataDir = env.DATA_DIR || join(root, '.data');

async function main() {
  if (!existsSync(cli)) throw new Error('Construisez d’abord l’API : npm run build (ou lancez une fois npm start).');
  const started = await embeddedServices(env, { dataDir, reuse: true, say: (m) => console.log(`› ${m}`) });
  env.DATA_DIR = dataDir;
  const child = spawn('node', [cli, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
  const code = await new Promise((resolve) => child.once('exit', (status) => resolve(status ?? 1)));
  for (const service of started.reverse()) await service.stop().catch(() => undefined);
  process.exit(code);
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
