import { Logger } from '@nestjs/common';
import { getMetadataArgsStorage, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createFreshDatabase, openDataSource, type FreshDatabase } from '../../test/fresh-database';
import { UPGRADE_SEED } from '../../test/upgrade-seed';
import { ENTITIES } from './entities';
import { MigrationRunner } from './migration-runner';
import { MIGRATIONS } from './migrations';

type Snapshot = Map<string, Record<string, unknown>[]>;

/** The columns of each table of the database, except TypeORM's bookkeeping. */
async function columnsByTable(dataSource: DataSource): Promise<Map<string, Set<string>>> {
  const rows: { table_name: string; column_name: string }[] = await dataSource.query(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations'`,
  );
  const columns = new Map<string, Set<string>>();
  for (const row of rows) columns.set(row.table_name, (columns.get(row.table_name) ?? new Set()).add(row.column_name));
  return columns;
}

/** Inserts the seed rows that fit the schema the database has now; answers how many went in. */
async function seed(dataSource: DataSource): Promise<number> {
  const schema = await columnsByTable(dataSource);
  let inserted = 0;
  for (const { table, rows } of UPGRADE_SEED) {
    const columns = schema.get(table);
    if (!columns) continue;
    for (const row of rows) {
      if (row.needs?.some((column) => !columns.has(column))) continue;
      const entries = Object.entries(row.values).filter(([column]) => columns.has(column));
      const placeholders = entries.map((_, i) => `$${i + 1}`).join(', ');
      await dataSource.query(
        `INSERT INTO ${table} (${entries.map(([column]) => column).join(', ')}) VALUES (${placeholders})`,
        entries.map(([, value]) =>
          value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : value,
        ),
      );
      inserted += 1;
    }
  }
  return inserted;
}

/** Every row of every table, as PostgreSQL renders it in JSON. */
async function snapshot(dataSource: DataSource): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const table of (await columnsByTable(dataSource)).keys()) {
    const rows: { row: Record<string, unknown> }[] = await dataSource.query(
      `SELECT to_jsonb(t) AS row FROM ${table} t`,
    );
    result.set(
      table,
      rows.map((r) => r.row),
    );
  }
  return result;
}

/** Rows of `before` that `after` lost or changed, looking only at the columns each row had before. */
function lostRows(before: Snapshot, after: Snapshot): string[] {
  const lost: string[] = [];
  for (const [table, rows] of before) {
    const remaining = (after.get(table) ?? []).map((row) => row);
    for (const row of rows) {
      const keys = Object.keys(row);
      const key = JSON.stringify(row);
      const index = remaining.findIndex(
        (candidate) => JSON.stringify(Object.fromEntries(keys.map((k) => [k, candidate[k]]))) === key,
      );
      if (index === -1) lost.push(`${table}: ${key}`);
      else remaining.splice(index, 1);
    }
  }
  return lost;
}

/** Starts the way `npm start` does (boot.ts → MigrationRunner) on a database already migrated up to `applied`. */
async function upgrade(url: string): Promise<void> {
  const dataSource = await openDataSource(url, { entities: ENTITIES, migrations: MIGRATIONS });
  try {
    await new MigrationRunner(dataSource).run();
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
    expect(n).toBe(MIGRATIONS.length);
  } finally {
    await dataSource.destroy();
  }
}

/** A careless migration, to show that the comparison sees lost rows and lost values. */
class CarelessMigration1999999999999 implements MigrationInterface {
  name = 'CarelessMigration1999999999999';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM bookmarks`);
    await q.query(`ALTER TABLE resources ALTER COLUMN summary TYPE varchar(20) USING left(summary, 20)`);
  }
  async down(): Promise<void> {}
}

/** Migrates a fresh database up to `applied` migrations, seeds it and answers its content. */
async function oldDatabaseWithData(url: string, applied: number): Promise<Snapshot> {
  const old = await openDataSource(url, { migrations: MIGRATIONS.slice(0, applied) });
  try {
    await old.runMigrations({ transaction: 'each' });
    expect(await seed(old)).toBeGreaterThan(0);
    const before = await snapshot(old);
    for (const [table, rows] of before) expect({ table, empty: rows.length === 0 }).toEqual({ table, empty: false });
    return before;
  } finally {
    await old.destroy();
  }
}

async function contentOf(url: string): Promise<Snapshot> {
  const current = await openDataSource(url);
  try {
    return await snapshot(current);
  } finally {
    await current.destroy();
  }
}

describe('Upgrading a database with data keeps every row', () => {
  let database: FreshDatabase | undefined;

  beforeAll(() => Logger.overrideLogger(['error', 'warn']));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));

  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('the seed has rows for every table of the current schema (a new table must get some)', () => {
    const tables = getMetadataArgsStorage()
      .tables.filter((table) => ENTITIES.includes(table.target as never))
      .map((table) => table.name);
    expect(UPGRADE_SEED.map((entry) => entry.table).sort()).toEqual(tables.sort());
  });

  // From just before the last migration back to the first: every migration is run over a database with data.
  // The last case is a restart on an up-to-date database (nothing to run, nothing lost).
  const stages = MIGRATIONS.map((migration, applied) => ({ applied, next: migration.name })).slice(1);
  it.each([...stages.reverse(), { applied: MIGRATIONS.length, next: '(none: a restart)' }])(
    'from $applied migrations applied, before $next',
    async ({ applied }) => {
      database = await createFreshDatabase('cc_upgrade');
      const before = await oldDatabaseWithData(database.url, applied);
      await upgrade(database.url);
      expect(lostRows(before, await contentOf(database.url))).toEqual([]);
    },
  );

  it('fills the duplicate keys of the resources that existed before them', async () => {
    database = await createFreshDatabase('cc_upgrade');
    await oldDatabaseWithData(
      database.url,
      MIGRATIONS.findIndex((migration) => migration.name === 'ResourceUrlKey1764530000000'),
    );
    await upgrade(database.url);
    const resources = (await contentOf(database.url)).get('resources')!;
    expect(resources.find((row) => row.slug === 'vinz-et-lou')).toMatchObject({
      url_key: 'example.org/vinz',
      title_key: 'vinz et lou sur internet',
    });
  });

  it('queues every existing resource for the index, so that its document gains the display fields', async () => {
    database = await createFreshDatabase('cc_upgrade');
    const before = await oldDatabaseWithData(
      database.url,
      MIGRATIONS.findIndex((migration) => migration.name === 'ResourcesDisplayFields1764730000000'),
    );
    await upgrade(database.url);
    const content = await contentOf(database.url);
    // Events the upgrade added, not those the seed already had.
    const existing = new Set(before.get('outbox_events')!.map((row) => String(row.id)));
    const queued = new Set(
      content
        .get('outbox_events')!
        .filter((row) => row.topic === 'resource' && !existing.has(String(row.id)) && row.processed_at === null)
        .map((row) => row.aggregate_id),
    );
    const resources = content.get('resources')!;
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.filter((row) => !queued.has(row.id)).map((row) => row.slug)).toEqual([]);
  });

  it('maps the free-text kinds of organisations onto the fixed list, keeping the wording of the others', async () => {
    database = await createFreshDatabase('cc_upgrade');
    const applied = MIGRATIONS.findIndex((migration) => migration.name === 'Directory1764620000000');
    await oldDatabaseWithData(database.url, applied);
    const old = await openDataSource(database.url, { migrations: MIGRATIONS.slice(0, applied) });
    try {
      await old.query(
        `INSERT INTO organisations (slug, name, kind) VALUES ('k1', 'A', 'Médiathèque municipale'), ('k2', 'B', 'Centre Social'),
           ('k3', 'C', 'tiers-lieu'), ('k4', 'D', 'Collège'), ('k5', 'E', NULL), ('k6', 'F', 'petite-enfance'),
           ('k7', 'G', 'information-jeunesse'), ('k8', 'H', 'Mairie de Cognin')`,
      );
    } finally {
      await old.destroy();
    }
    await upgrade(database.url);
    const kinds = Object.fromEntries(
      (await contentOf(database.url))
        .get('organisations')!
        .filter((row) => String(row.slug).startsWith('k'))
        .map((row) => [row.slug, [row.kind, row.kind_detail]]),
    );
    expect(kinds).toEqual({
      k1: ['mediatheque', null],
      k2: ['centre-social', null],
      k3: ['autre', 'tiers-lieu'],
      k4: ['etablissement-scolaire', null],
      k5: ['autre', null],
      k6: ['maison-enfance', null],
      k7: ['information-jeunesse', null],
      k8: ['collectivite', null],
    });
  });

  it('sees rows and values a migration loses (the check can fail)', async () => {
    database = await createFreshDatabase('cc_upgrade');
    const before = await oldDatabaseWithData(database.url, MIGRATIONS.length);
    const careless = await openDataSource(database.url, {
      migrations: [...MIGRATIONS, CarelessMigration1999999999999],
    });
    try {
      await careless.runMigrations({ transaction: 'each' });
    } finally {
      await careless.destroy();
    }
    const lost = lostRows(before, await contentOf(database.url));
    expect(lost.filter((row) => row.startsWith('bookmarks:'))).toHaveLength(1);
    expect(lost.filter((row) => row.startsWith('resources:'))).toHaveLength(1); // only the long summary is cut
  });
});
