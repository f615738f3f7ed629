// Starts real PostgreSQL and Meilisearch for the integration suites, unless DATABASE_URL / MEILI_URL point to servers.
// Each suite then creates its own database and index prefix (see test/api-harness.ts).
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import services from '../../../tools/services.cjs';

const { freePort, startMeilisearch, startPostgres } = services;

export default async function globalSetup() {
  const services = [];
  const dir = mkdtempSync(join(tmpdir(), 'cc-it-'));
  chmodSync(dir, 0o755);
  if (!process.env.TEST_DATABASE_ADMIN_URL) {
    if (process.env.DATABASE_URL) {
      process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    } else {
      const pg = await startPostgres({ dir: join(dir, 'pg'), port: await freePort() });
      services.push(pg);
      process.env.TEST_DATABASE_ADMIN_URL = pg.url('postgres');
    }
  }
  if (!process.env.MEILI_URL) {
    const meili = await startMeilisearch({
      dir: join(dir, 'meili'),
      port: await freePort(),
      masterKey: 'integration-tests-master-key',
    });
    services.push(meili);
    process.env.MEILI_URL = meili.url;
    process.env.MEILI_MASTER_KEY = meili.masterKey;
    process.env.TEST_MEILI_PID = String(meili.pid);
    process.env.TEST_MEILI_DIR = join(dir, 'meili');
  }
  globalThis.__CC_SERVICES__ = services;
  globalThis.__CC_DIR__ = dir;
}
