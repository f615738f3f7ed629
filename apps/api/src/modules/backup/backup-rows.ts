import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

type Db = EntityManager | DataSource;

/**
 * Columns that hold keys of stored objects (file bytes, thumbnails…), read from the snapshot a backup copies. A test
 * compares this list with the schema's `*_key` columns: a new kind of stored object fails it until listed here.
 */
export const STORED_KEY_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'resource_files', column: 'storage_key' },
  { table: 'resource_files', column: 'thumbnail_key' },
];

/**
 * Stored objects whose key is made from a row rather than kept in a column: organisations' logos (decision 0032) and
 * kits' photos (`kit_photos`, fileKeys.kitPhoto).
 */
const DERIVED_KEYS: readonly string[] = [
  `SELECT 'logos/' || logo_id || '/logo.webp' AS key FROM organisations WHERE logo_id IS NOT NULL`,
  `SELECT 'kit-photos/' || id || '/photo.webp' AS key FROM kit_photos`,
];

/**
 * `*_key` columns that name no stored object: a deduplication key, URL and title keys of duplicate detection, and
 * the key of an upload in progress (its parts are not kept: the person sends the file again).
 */
export const NOT_STORED_KEY_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'jobs', column: 'singleton_key' },
  { table: 'resources', column: 'url_key' },
  { table: 'resources', column: 'title_key' },
  { table: 'file_uploads', column: 'storage_key' },
];

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Starts the backup's one snapshot: every later read in this transaction sees the same committed state. */
export async function beginSnapshot(manager: EntityManager): Promise<void> {
  await queryRows(manager, 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
}

/** The application's tables (TypeORM's `migrations` bookkeeping apart), in name order. */
export async function dataTables(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

export async function countRows(db: Db, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${ident(table)}`);
  return row.n;
}

/** `COPY … TO STDOUT` of a whole table, in PostgreSQL's text format (exact for every type). */
export const copyOutStatement = (table: string) => `COPY ${ident(table)} TO STDOUT`;
export const copyInStatement = (table: string) => `COPY ${ident(table)} FROM STDIN`;

export interface SequenceState {
  name: string;
  /** The last value handed out, null when the sequence was never used. */
  lastValue: string | null;
}

export async function sequenceStates(db: Db): Promise<SequenceState[]> {
  return queryRows<SequenceState>(
    db,
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public'
     ORDER BY 1`,
  );
}

export async function restoreSequence(db: Db, state: SequenceState): Promise<void> {
  if (state.lastValue === null) return;
  await queryRows(db, `SELECT setval($1::regclass, $2::bigint, true)`, [ident(state.name), state.lastValue]);
}

export async function lastMigration(db: Db): Promise<{ name: string; timestamp: string } | null> {
  const rows = await queryRows<{ name: string; timestamp: string }>(
    db,
    `SELECT name, timestamp::text AS timestamp FROM migrations ORDER BY timestamp DESC LIMIT 1`,
  );
  return rows[0] ?? null;
}

export async function serverVersion(db: Db): Promise<string> {
  const [row] = await queryRows<{ version: string }>(db, `SELECT current_setting('server_version') AS version`);
  return row.version;
}

/** Every stored object the database refers to, once each, in key order. */
export async function storedKeys(db: Db): Promise<string[]> {
  const union = [
    ...STORED_KEY_COLUMNS.map(
      ({ table, column }) => `SELECT ${ident(column)} AS key FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL`,
    ),
    ...DERIVED_KEYS,
  ].join(' UNION ');
  const rows = await queryRows<{ key: string }>(db, `SELECT key FROM (${union}) k ORDER BY key`);
  return rows.map((row) => row.key);
}

/** Text columns named `*_key` in the schema (for the test that keeps STORED_KEY_COLUMNS complete). */
export async function keyColumns(db: Db): Promise<{ table: string; column: string }[]> {
  return queryRows(
    db,
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name LIKE '%\\_key' AND data_type IN ('text', 'character varying')
      ORDER BY 1, 2`,
  );
}

/** Tables of `tables` holding at least one row. */
export async function nonEmptyTables(db: Db, tables: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const rows = await queryRows(db, `SELECT 1 FROM ${ident(table)} LIMIT 1`);
    if (rows.length) found.push(table);
  }
  return found;
}

/** Empties the tables (rows the migrations wrote included) before the archive's rows come in. */
export async function truncateTables(manager: EntityManager, tables: string[]): Promise<void> {
  if (tables.length) await queryRows(manager, `TRUNCATE ${tables.map(ident).join(', ')} CASCADE`);
}

/**
 * Within the restore's transaction, foreign keys and triggers are not checked row by row: the archive is one
 * consistent snapshot, copied table after table in any order.
 */
export async function skipTriggers(manager: EntityManager): Promise<void> {
  await queryRows(manager, `SET LOCAL session_replication_role = replica`);
}

export async function databaseHasTables(db: Db): Promise<boolean> {
  const rows = await queryRows(db, `SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1`);
  return rows.length > 0;
}
