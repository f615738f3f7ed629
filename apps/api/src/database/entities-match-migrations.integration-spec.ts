import type { DataSource } from 'typeorm';
import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../test/fresh-database';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The statements TypeORM would run to make the database match the entities: none, if entities describe it. */
async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((q) => q.query);
}

/** Every table the migrations create, except TypeORM's own bookkeeping. */
async function migratedTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
  );
  return rows.map((row) => row.table_name).sort();
}

describe('Entities describe exactly the schema the migrations build', () => {
  let database: FreshDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase('cc_entities');
    dataSource = await openDataSource(database.url, { entities: ENTITIES, migrations: MIGRATIONS });
    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('every migrated table has an entity', async () => {
    const described = [...new Set(dataSource.entityMetadatas.map((metadata) => metadata.tableName))].sort();
    expect(described).toEqual(await migratedTables(dataSource));
  });

  it('the schema diff between entities and migrations is empty', async () => {
    const pending = await pendingSchemaChanges(dataSource);
    // On failure, the message lists what TypeORM would change: fix the entity (never the applied migrations).
    expect(pending).toEqual([]);
  });
});
