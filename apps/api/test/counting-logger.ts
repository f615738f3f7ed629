import type { Logger, QueryRunner } from 'typeorm';
import type { TestApi } from './api-harness';

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

/**
 * The statements `work` sends to PostgreSQL through the API's connections, in order. The API's background indexer and
 * job worker are stopped first: their polling would be counted with the work's statements whenever a poll fell within
 * it (CI, 2026-12-05: 10 statements counted for 3 documents, 3 for 12).
 */
export async function recordStatements(
  api: Pick<TestApi, 'dataSource' | 'stopBackgroundWork'>,
  work: () => Promise<void>,
): Promise<string[]> {
  await api.stopBackgroundWork();
  const { dataSource } = api;
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

/** How many SQL statements `work` sends to PostgreSQL (see `recordStatements`). */
export async function countStatements(
  api: Pick<TestApi, 'dataSource' | 'stopBackgroundWork'>,
  work: () => Promise<void>,
): Promise<number> {
  return (await recordStatements(api, work)).length;
}
