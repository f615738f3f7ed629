import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * The rows a raw SQL statement answers, whatever its command (decision 0013): SELECT, INSERT … RETURNING,
 * UPDATE … RETURNING and DELETE … RETURNING alike.
 *
 * `manager.query` answers `rows` for SELECT and INSERT but `[rows, rowCount]` for UPDATE and DELETE (TypeORM's
 * postgres driver), so reading its result depends on the statement. This asks the query runner for its structured
 * result instead, whose `records` are always the rows. It runs on the manager's transaction when there is one.
 */
export async function queryRows<T extends object>(
  db: EntityManager | DataSource,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<T[]> {
  const manager: EntityManager = 'dataSource' in db ? db : db.manager;
  const transactionRunner: QueryRunner | undefined = manager.queryRunner;
  const runner =
    transactionRunner && !transactionRunner.isReleased ? transactionRunner : manager.dataSource.createQueryRunner();
  try {
    const result = await runner.query(sql, [...parameters], true);
    return (result.records ?? []) as T[];
  } finally {
    if (runner !== transactionRunner) await runner.release();
  }
}
