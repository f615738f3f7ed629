// Starts PostgreSQL, Meilisearch and the built app (API + web on one port), seeded with the demo library.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import services from '../../../tools/services.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function globalSetup() {
  const cli = join(root, 'dist/apps/api/apps/api/src/cli.js');
  const webDist = join(root, 'dist/apps/web');
  if (!existsSync(cli) || !existsSync(join(webDist, 'index.html'))) {
    throw new Error('Build first: npx nx run-many -t build -p api web');
  }
  const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
  chmodSync(dir, 0o755);
  const pg = await services.startPostgres({ dir: join(dir, 'pg'), port: await services.freePort() });
  const meili = await services.startMeilisearch({
    dir: join(dir, 'meili'),
    port: await services.freePort(),
    masterKey: 'end-to-end-master-key',
  });
  const port = await services.freePort();
  const env = {
    ...process.env,
    DATABASE_URL: await pg.createDatabase('culture_commune_e2e'),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    PORT: String(port),
    WEB_DIST: webDist,
    // The link journey's fixture page listens on 127.0.0.2: the only private address let through (decision 0020).
    LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2',
    // Run on a Sunday, the weekly link check would fetch the demo's real links (decision 0021).
    LINK_CHECK_SCHEDULED: 'false',
    // One log line per request would bury the test report; warnings and errors still show (LOG_LEVEL overrides).
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  };
  const seeded = spawnSync('node', [cli, 'seed', '--if-empty'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`Seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  const api = spawn('node', [join(root, 'dist/apps/api/apps/api/src/main.js')], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 300) throw new Error('The app did not answer /health within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.env.E2E_BASE_URL = baseUrl;
  globalThis.__CC_E2E__ = { api, services: [meili, pg], dir };
}
