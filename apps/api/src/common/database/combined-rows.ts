import type { EntityManager } from 'typeorm';
import type { RequestWithActor } from '../auth/actor';
import { queryRows } from './query-rows';

/**
 * A read of rows, described instead of run: its SQL (parameters `$1`…), its parameters, and which of its columns are
 * timestamps (a combined statement answers them as JSON text; they come back as `Date`, as `queryRows` gives them).
 * Numeric and bigint columns come back as JSON numbers there, where pg gives strings: readers take either.
 */
export interface RowsRead<T extends object> {
  sql: string;
  params: readonly unknown[];
  dates?: readonly (keyof T & string)[];
}

/** Runs `read`: within the request's combined statement when `reads` is given, else on its own. */
export function readRows<T extends object>(
  manager: EntityManager,
  read: RowsRead<T>,
  reads?: CombinedReads,
): Promise<T[]> {
  return reads ? reads.rows(manager, read) : queryRows<T>(manager, read.sql, read.params);
}

/** A read as the combined statement sees it: its timestamp columns by name. */
type AnyRead = { sql: string; params: readonly unknown[]; dates?: readonly string[] };

type Pending = {
  manager: EntityManager;
  read: AnyRead;
  resolve: (rows: object[]) => void;
  reject: (error: unknown) => void;
};

/**
 * The reads a request makes in one turn of the event loop (the sections of a resource page, each loaded by its
 * feature's batch loader), sent as ONE statement: each read becomes a `json_agg` subquery of a single SELECT (decision
 * 0050). A read alone is run as it is. The reads keep their own SQL, hence their own visibility rules.
 */
export class CombinedReads {
  private queue: Pending[] = [];

  rows<T extends object>(manager: EntityManager, read: RowsRead<T>): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      // Two turns: batch loaders flush in the first (setImmediate too), and their reads join this statement.
      if (this.queue.length === 0) setImmediate(() => setImmediate(() => void this.flush()));
      this.queue.push({ manager, read, resolve: resolve as (rows: object[]) => void, reject });
    });
  }

  private async flush(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    // Reads on another manager (a transaction's) are not mixed with the request's: each runs on its own.
    const together = queue.filter((item) => item.manager === queue[0].manager);
    const alone = queue.filter((item) => item.manager !== queue[0].manager);
    await Promise.all([this.runTogether(together), ...alone.map((item) => this.runTogether([item]))]);
  }

  private async runTogether(items: Pending[]): Promise<void> {
    try {
      if (items.length === 1) {
        items[0].resolve(await queryRows(items[0].manager, items[0].read.sql, items[0].read.params));
        return;
      }
      const { sql, params } = combinedStatement(items.map((item) => item.read));
      const [row] = await queryRows<Record<string, object[]>>(items[0].manager, sql, params);
      items.forEach((item, i) => item.resolve(reviveDates(row[`r${i}`], item.read.dates ?? [])));
    } catch (error) {
      for (const item of items) item.reject(error);
    }
  }
}

/** `reads` as one SELECT of one row, column `r<i>` holding read i's rows as a JSON array, in their order. */
export function combinedStatement(reads: readonly AnyRead[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const columns = reads.map((read, i) => {
    const offset = params.length;
    params.push(...read.params);
    // Parameters renumbered after the previous reads' ones ($1 of the second read becomes $3, say).
    const sql = read.sql.replace(/\$(\d+)/g, (_match, n: string) => `$${Number(n) + offset}`);
    // A sorted subquery's order is the order json_agg receives its rows in.
    return `(SELECT COALESCE(json_agg(q), '[]'::json) FROM (${sql}) q) AS r${i}`;
  });
  return { sql: `SELECT ${columns.join(',\n')}`, params };
}

function reviveDates(rows: object[], dates: readonly string[]): object[] {
  if (dates.length === 0) return rows;
  for (const row of rows as Record<string, unknown>[])
    for (const column of dates) if (typeof row[column] === 'string') row[column] = new Date(row[column] as string);
  return rows;
}

const COMBINED = Symbol('combinedReads');
type RequestWithReads = RequestWithActor & { [COMBINED]?: CombinedReads };

/** The request's combined reads, created on first use. */
export function requestReads(req: RequestWithActor): CombinedReads {
  const holder = req as RequestWithReads;
  return (holder[COMBINED] ??= new CombinedReads());
}
