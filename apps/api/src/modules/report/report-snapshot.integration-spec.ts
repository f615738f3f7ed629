import type { DataSource } from 'typeorm';
import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../../test/fresh-database';
import { queryRows } from '../../common/database/query-rows';
import { readOnOneSnapshot } from './report-snapshot';

describe('readOnOneSnapshot: the report’s statements on several connections, one snapshot (decision 0048)', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase('cc_report_snapshot');
    dataSource = await openDataSource(database.url);
    await dataSource.query(`CREATE TABLE items (id int PRIMARY KEY)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reads on several connections, all of them as of the moment the report started', async () => {
    const seen = await readOnOneSnapshot(dataSource, 3, (run) => {
      // Committed by another connection once the report's snapshot is taken, before any read of the report starts
      // (the first read on each connection would take a fresh snapshot without the import): none may see it.
      const write = run(() => dataSource.query(`INSERT INTO items VALUES (1)`));
      const reads = Array.from({ length: 8 }, () =>
        run(async (manager) => {
          await write;
          return queryRows<{ pid: number; items: number }>(
            manager,
            `SELECT pg_backend_pid() AS pid, (SELECT count(*) FROM items)::int AS items FROM pg_sleep(0.1)`,
          );
        }),
      );
      return Promise.all([write, ...reads]).then(([, ...rows]) => rows.map(([row]) => row));
    });
    expect(seen.map((row) => row.items)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(new Set(seen.map((row) => row.pid)).size).toBeGreaterThan(1);
    expect(await queryRows(dataSource, `SELECT count(*)::int AS items FROM items`)).toEqual([{ items: 1 }]);
  });

  it('fails with the first failing read, and refuses a read queued after the reads have started', async () => {
    await expect(
      readOnOneSnapshot(dataSource, 3, (run) =>
        Promise.all([run((manager) => queryRows(manager, `SELECT * FROM no_such_table`)), run(async () => 1)]),
      ),
    ).rejects.toThrow(/no_such_table/);
    await expect(
      readOnOneSnapshot(dataSource, 3, async (run) => {
        await run(async () => 1);
        return run(async () => 2);
      }),
    ).rejects.toThrow(/before the first await/);
  });
});
