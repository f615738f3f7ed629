import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { FreshDatabase, createFreshDatabase } from '../../test/fresh-database';
import { ServerProcess, startServerProcess } from '../../test/server-process';
import { MIGRATIONS } from './migrations';

describe('Two replicas starting together on one fresh database', () => {
  let database: FreshDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createFreshDatabase('cc_race');
  });

  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGKILL');
    await database?.drop();
  });

  it('both start and serve; the migrations, taken under an advisory lock, are applied once', async () => {
    const filesDir = mkdtempSync(join(tmpdir(), 'cc-race-'));
    const env = {
      DATABASE_URL: database.url,
      MEILI_URL: process.env.MEILI_URL!,
      MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '',
      MEILI_INDEX_PREFIX: `${database.name}_${randomBytes(2).toString('hex')}_`,
      FILES_DIR: filesDir,
    };
    servers.push(...(await Promise.all([startServerProcess(env), startServerProcess(env)])));

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ name: string; times: number }>(
      `SELECT name, count(*)::int AS times FROM migrations GROUP BY name ORDER BY min(timestamp)`,
    );
    await client.end();
    expect(rows).toEqual(MIGRATIONS.map((migration) => ({ name: migration.name, times: 1 })));
    // One process applied them all; the other found nothing left to apply once it had the lock.
    const appliers = servers.filter((server) =>
      server.lines.some(
        (line) => line.context === 'Migrations' && /migration\(s\) appliquée\(s\)/.test(String(line.message)),
      ),
    );
    expect(appliers).toHaveLength(1);
    for (const server of servers) expect((await fetch(`${server.origin}/health/ready`)).status).toBe(200);

    for (const server of servers) server.child.kill('SIGTERM');
    expect(await Promise.all(servers.map((server) => server.exited))).toEqual([0, 0]);
    servers.length = 0;
    rmSync(filesDir, { recursive: true, force: true });
  });
});
