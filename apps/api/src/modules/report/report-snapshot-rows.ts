import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/** The id of the current transaction's snapshot, for other connections to read the same data (decision 0048). */
export async function exportSnapshot(manager: EntityManager): Promise<string> {
  const [row] = await queryRows<{ snapshot: string }>(manager, `SELECT pg_export_snapshot() AS snapshot`);
  return row.snapshot;
}

/**
 * Makes the manager's transaction (REPEATABLE READ, nothing read yet) see the exported snapshot `id`. The command
 * takes no parameter: the id is checked to be one PostgreSQL makes (hexadecimal groups and dashes).
 */
export async function importSnapshot(manager: EntityManager, id: string): Promise<void> {
  if (!/^[0-9A-F]+(-[0-9A-F]+)*$/i.test(id)) throw new Error(`Not a snapshot id: ${id}`);
  await queryRows(manager, `SET TRANSACTION SNAPSHOT '${id}'`);
}
