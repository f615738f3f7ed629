import {
  Check,
  Column,
  DataSource,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../test/fresh-database';
import { MemberEntity } from '../modules/organisations/member.entity';
import { ReadingListEntity } from '../modules/reading-lists/reading-list.entity';
import { ReadingListItemEntity } from '../modules/reading-lists/reading-list-item.entity';
import { ReadingProgressEntity } from '../modules/reading-lists/reading-progress.entity';
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

/** Check constraints as PostgreSQL normalises them (`IN (…)` becomes `= ANY (ARRAY[…])`, and so on). */
async function checkConstraints(dataSource: DataSource): Promise<Record<string, string>> {
  const rows: { name: string; definition: string }[] = await dataSource.query(
    `SELECT conrelid::regclass::text || '.' || conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.definition]));
}

/**
 * A wrong copy of ReadingListItemEntity, as a developer could leave it after editing a migration and not the entity:
 * a longer title, a nullable position, a missing note, an item that survives its list, a check the table lacks.
 */
@Entity('reading_list_items')
@Check('reading_list_items_position_check', 'position >= 0')
class DriftedReadingListItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'list_id', type: 'uuid' }) listId!: string;
  @ManyToOne(() => ReadingListEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'list_id', foreignKeyConstraintName: 'reading_list_items_list_id_fkey' })
  list?: Relation<ReadingListEntity>;
  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId!: string | null;
  @Column({ name: 'title_snapshot', type: 'varchar', length: 500 }) titleSnapshot!: string;
  @Column({ type: 'int', nullable: true }) position!: number | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'reading_list_items_added_by_fkey' })
  addedBy?: Relation<MemberEntity> | null;
  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' }) addedAt!: Date;
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

  it('every migrated table has exactly one entity', async () => {
    // Join tables of @ManyToMany relations are declared `synchronize: false`: their own entity describes them.
    const described = dataSource.entityMetadatas
      .filter((metadata) => metadata.synchronize)
      .map((metadata) => metadata.tableName);
    expect(described.length).toBe(ENTITIES.length);
    expect([...described].sort()).toEqual(await migratedTables(dataSource));
  });

  it('the schema diff between entities and migrations is empty', async () => {
    // On failure, Jest lists the statements TypeORM would run: fix the entity, never a migration that has been applied.
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('every index of the database is declared by name, including those TypeORM cannot describe', async () => {
    // Indexes declared `synchronize: false` (partial, expression, DESC) are left out of the diff: their names are checked here.
    const rows: { name: string }[] = await dataSource.query(
      `SELECT i.indexrelid::regclass::text AS name FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'migrations'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    );
    const declared = dataSource.entityMetadatas
      .filter((metadata) => metadata.synchronize)
      .flatMap((metadata) => metadata.indices.map((index) => index.name));
    expect([...declared].sort()).toEqual(rows.map((row) => row.name).sort());
  });

  it('check constraints have the same expressions as in the migrations', async () => {
    // The diff compares checks by name only: a database built from the entities shows their expressions.
    const fromEntities = await createFreshDatabase('cc_entities_sync');
    const synchronized = await openDataSource(fromEntities.url, { entities: ENTITIES });
    try {
      await synchronized.synchronize();
      expect(await checkConstraints(synchronized)).toEqual(await checkConstraints(dataSource));
    } finally {
      await synchronized.destroy();
      await fromEntities.drop();
    }
  });

  it('fails when an entity drifts from the migrations (the check can fail)', async () => {
    // ReadingProgressEntity points to the real item entity: left out, its table is simply not compared here.
    const replaced = new Set<unknown>([ReadingListItemEntity, ReadingProgressEntity]);
    const drifted = await openDataSource(database.url, {
      entities: [...ENTITIES.filter((entity) => !replaced.has(entity)), DriftedReadingListItemEntity],
    });
    try {
      const pending = await pendingSchemaChanges(drifted);
      const expected = [
        /DROP CONSTRAINT "reading_list_items_list_id_fkey"/, // ON DELETE CASCADE in the table, SET NULL in the entity
        /ADD CONSTRAINT "reading_list_items_position_check"/, // a check the table does not have
        /DROP COLUMN "note"/, // a column the entity lacks
        /ADD "title_snapshot" character varying\(500\)/, // another length
        /ALTER COLUMN "position" DROP NOT NULL/, // another nullability
        /DROP CONSTRAINT "reading_list_items_resource_id_fkey"/, // a foreign key the entity lacks
      ];
      for (const pattern of expected) expect(pending.some((query) => pattern.test(query))).toBe(true);
    } finally {
      await drifted.destroy();
    }
  });
});
