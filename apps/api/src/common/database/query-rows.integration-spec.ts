import type { DataSource } from 'typeorm';
import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../../test/fresh-database';
import { queryRows } from './query-rows';

describe('queryRows against PostgreSQL: the same rows for every command', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase('cc_query_rows');
    dataSource = await openDataSource(database.url);
    await dataSource.query(`CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reads RETURNING rows of INSERT, UPDATE and DELETE, and SELECT rows, the same way', async () => {
    // What it replaces: `manager.query` shapes UPDATE and DELETE results differently.
    expect(await dataSource.query(`UPDATE items SET label = 'x' WHERE id = 0 RETURNING id`)).toEqual([[], 0]);

    expect(await queryRows(dataSource, `INSERT INTO items VALUES (1, 'un'), (2, 'deux') RETURNING id`)).toEqual([
      { id: 1 },
      { id: 2 },
    ]);
    expect(
      await queryRows(dataSource, `UPDATE items SET label = upper(label) WHERE id = $1 RETURNING label`, [1]),
    ).toEqual([{ label: 'UN' }]);
    expect(await queryRows(dataSource, `UPDATE items SET label = 'x' WHERE id = 99 RETURNING id`)).toEqual([]);
    expect(await queryRows(dataSource, `SELECT id, label FROM items ORDER BY id`)).toEqual([
      { id: 1, label: 'UN' },
      { id: 2, label: 'deux' },
    ]);
    expect(await queryRows(dataSource, `DELETE FROM items WHERE id = 2 RETURNING label`)).toEqual([{ label: 'deux' }]);
  });

  it('runs inside the transaction of the manager it is given', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await queryRows(manager, `INSERT INTO items VALUES (3, 'trois') RETURNING id`);
        expect(await queryRows(manager, `SELECT id FROM items WHERE id = 3`)).toEqual([{ id: 3 }]);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await queryRows(dataSource, `SELECT id FROM items WHERE id = 3`)).toEqual([]);
  });
});
