// The embedded PostgreSQL and Meilisearch of a local installation (`npm start`), for start.mjs and the operator
// commands (tools/cli.mjs): started when DATABASE_URL / MEILI_URL are not set, under DATA_DIR (.data by default).
import net from 'node:net';
import { join } from 'node:path';
import services from './services.cjs';

export const DATABASE_NAME = 'culture_commune';
const DEV_MEILI_KEY = 'culture-commune-local-development-key';

/** Whether something listens on 127.0.0.1:`port`. */
function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Fills `env` with DATABASE_URL and MEILI_URL / MEILI_MASTER_KEY, starting the embedded servers that are missing.
 * `reuse`: when the port is taken, take it to be this installation's server started by `npm start` (operator commands
 * run beside it); otherwise a taken port is an error naming the variable to change. Answers what it started.
 */
export async function embeddedServices(env, { dataDir, say = () => {}, reuse = false }) {
  const started = [];
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_PG_PORT || 54329);
    if (reuse && (await listening(port))) {
      env.DATABASE_URL = `postgres://postgres:culture-commune@127.0.0.1:${port}/${DATABASE_NAME}`;
    } else {
      await services.assertPortFree(port, 'PostgreSQL intégré', 'EMBEDDED_PG_PORT');
      say(`Démarrage de PostgreSQL intégré (port ${port}, données dans ${join(dataDir, 'postgres')})…`);
      const pg = await services.startPostgres({ dir: join(dataDir, 'postgres'), port });
      started.push(pg);
      env.DATABASE_URL = await pg.createDatabase(DATABASE_NAME);
    }
  }
  if (!env.MEILI_URL) {
    const port = Number(env.EMBEDDED_MEILI_PORT || 7701);
    const masterKey = env.MEILI_MASTER_KEY || DEV_MEILI_KEY;
    if (reuse && (await listening(port))) {
      env.MEILI_URL = `http://127.0.0.1:${port}`;
    } else {
      await services.assertPortFree(port, 'Meilisearch intégré', 'EMBEDDED_MEILI_PORT');
      say(`Démarrage de Meilisearch 1.21 intégré (port ${port})…`);
      const meili = await services.startMeilisearch({ dir: join(dataDir, 'meilisearch'), port, masterKey });
      started.push(meili);
      env.MEILI_URL = meili.url;
    }
    env.MEILI_MASTER_KEY = masterKey;
  }
  return started;
}
