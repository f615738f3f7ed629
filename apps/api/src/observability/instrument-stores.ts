import { Index, type Meilisearch } from 'meilisearch';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { meilisearchDuration, postgresDuration, startTimer } from './metrics';

let postgresInstrumented = false;

/**
 * Times every SQL statement at the one place all of them pass (TypeORM's PostgreSQL query runner: entities,
 * `queryRows`, migrations alike). Once per process; the statement text never becomes a label, only its command.
 */
export function instrumentPostgres(): void {
  if (postgresInstrumented) return;
  postgresInstrumented = true;
  const original = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function timedQuery(
    this: PostgresQueryRunner,
    ...args: Parameters<typeof original>
  ) {
    const elapsed = startTimer();
    const command = commandOf(args[0]);
    try {
      const result = await original.apply(this, args);
      postgresDuration.observe({ command, outcome: 'ok' }, elapsed());
      return result;
    } catch (error) {
      postgresDuration.observe({ command, outcome: 'error' }, elapsed());
      throw error;
    }
  } as typeof original;
}

const COMMANDS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'WITH', 'BEGIN', 'COMMIT', 'ROLLBACK']);

function commandOf(sql: string): string {
  const word = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return COMMANDS.has(word) ? word : 'OTHER';
}

/**
 * The Meilisearch client with every call timed: a proxy that times the promises its methods return (left as they
 * are, so an EnqueuedTaskPromise keeps its `waitTask`) and wraps the indexes it hands out.
 */
export function instrumentMeilisearch<T extends Meilisearch | Index>(target: T, prefix = ''): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      const method = `${prefix}${property}`;
      return (...args: unknown[]) => {
        const elapsed = startTimer();
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (result instanceof Index) return instrumentMeilisearch(result, 'index.');
        if (result instanceof Promise) {
          result.then(
            () => meilisearchDuration.observe({ method, outcome: 'ok' }, elapsed()),
            () => meilisearchDuration.observe({ method, outcome: 'error' }, elapsed()),
          );
        }
        return result;
      };
    },
  });
}
