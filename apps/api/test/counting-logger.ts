import type { DataSource, Logger, QueryRunner } from 'typeorm';

/** A TypeORM logger that counts every statement sent to PostgreSQL. */
export class CountingLogger implements Logger {
  statements = 0;
  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner) {
    this.statements += 1;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** How many SQL statements `work` sends through `dataSource` (start the API without background workers). */
export async function countStatements(dataSource: DataSource, work: () => Promise<void>): Promise<number> {
  const counter = new CountingLogger();
  const original = dataSource.logger;
  Object.assign(dataSource, { logger: counter });
  try {
    await work();
  } finally {
    Object.assign(dataSource, { logger: original });
  }
  return counter.statements;
}
