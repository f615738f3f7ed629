import type { DataSource, Logger, QueryRunner } from 'typeorm';

/** A TypeORM logger that counts (and keeps, for a failure's message) every statement sent to PostgreSQL. */
export class CountingLogger implements Logger {
  readonly sent: string[] = [];
  get statements(): number {
    return this.sent.length;
  }
  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner) {
    this.sent.push(query.replace(/\s+/g, ' ').trim());
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** The statements `work` sends through `dataSource`, in order (start the API without background workers). */
export async function recordStatements(dataSource: DataSource, work: () => Promise<void>): Promise<string[]> {
  const counter = new CountingLogger();
  const original = dataSource.logger;
  Object.assign(dataSource, { logger: counter });
  try {
    await work();
  } finally {
    Object.assign(dataSource, { logger: original });
  }
  return counter.sent;
}

/** How many SQL statements `work` sends through `dataSource` (start the API without background workers). */
export async function countStatements(dataSource: DataSource, work: () => Promise<void>): Promise<number> {
  return (await recordStatements(dataSource, work)).length;
}
