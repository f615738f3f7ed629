import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/database/query-rows';

/** A key's count in its current window, and the seconds until that window ends. */
export interface RateLimitHitsRow {
  hits: number;
  retry: number;
}

/**
 * Counts `weight` hits for `key` in one atomic upsert: a window older than `windowSeconds` starts again at now with
 * `weight` hits, otherwise the hits add up. Answers the count after this hit. The batch's statement with one key.
 */
export async function countRateLimitHit(
  manager: EntityManager,
  key: string,
  windowSeconds: number,
  weight: number,
): Promise<RateLimitHitsRow> {
  const [{ hits, retry }] = await countRateLimitHits(manager, [key], [weight], windowSeconds);
  return { hits, retry };
}

/** A key's count after a batch, and the seconds until its window ends. */
export interface RateLimitKeyRow extends RateLimitHitsRow {
  key: string;
}

/**
 * Counts several keys' hits in one atomic statement, the same upsert as `countRateLimitHit` for each: `weights[i]`
 * hits for `keys[i]`, every key under the same `windowSeconds`. The keys must be distinct (a statement may not update
 * a row twice) and are locked in the order given: callers pass them sorted, so that two replicas' batches never wait
 * for each other's rows in opposite orders. Answers each key's count after the batch.
 */
export async function countRateLimitHits(
  manager: EntityManager,
  keys: readonly string[],
  weights: readonly number[],
  windowSeconds: number,
): Promise<RateLimitKeyRow[]> {
  return queryRows<RateLimitKeyRow>(
    manager,
    `INSERT INTO rate_limits (key, window_start, hits)
     SELECT hit.key, now(), hit.weight FROM unnest($1::varchar[], $3::int[]) WITH ORDINALITY AS hit(key, weight, n)
     ORDER BY hit.n
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.window_start < now() - $2 * interval '1 second' THEN EXCLUDED.hits ELSE rate_limits.hits + EXCLUDED.hits END,
       window_start = CASE WHEN rate_limits.window_start < now() - $2 * interval '1 second' THEN now() ELSE rate_limits.window_start END
     RETURNING key, hits, ceil(extract(epoch FROM (window_start + $2 * interval '1 second' - now())))::int AS retry`,
    [keys, windowSeconds, weights],
  );
}
