import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { currentRequestId } from '../../observability/request-context';

/** A job as workers and the admin page read it. */
export interface JobRow {
  id: string;
  queue: string;
  payload: Record<string, unknown>;
  state: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** The request that enqueued it (its log lines carry the same id); null for scheduled jobs. */
  requestId: string | null;
}

export const JOB_COLUMNS = `id::text AS id, queue, payload, state, attempts, max_attempts AS "maxAttempts", run_after AS "runAfter",
  last_error AS "lastError", created_at AS "createdAt", finished_at AS "finishedAt", request_id AS "requestId"`;

/** Wakes idle workers at commit (NOTIFY inside a transaction is delivered only if it commits). */
export const JOBS_CHANNEL = 'cc_jobs';

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAfter?: Date;
  /** At most one job with this key per queue, ever: a second enqueue is ignored (scheduled slots, deduplication). */
  singletonKey?: string;
  maxAttempts?: number;
}

/**
 * Writes a job in the caller's transaction: it runs only if that transaction commits. Returns the job's id, or null
 * when a job with the same singleton key exists already.
 */
export async function insertJob(
  manager: EntityManager,
  queue: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const rows = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO jobs (queue, payload, run_after, singleton_key, max_attempts, request_id)
     VALUES ($1, $2::jsonb, coalesce($3::timestamptz, now()), $4, $5, $6)
     ON CONFLICT (queue, singleton_key) WHERE singleton_key IS NOT NULL DO NOTHING
     RETURNING id::text AS id`,
    [
      queue,
      JSON.stringify(payload),
      options.runAfter ?? null,
      options.singletonKey ?? null,
      options.maxAttempts ?? 5,
      currentRequestId() ?? null,
    ],
  );
  if (rows.length > 0) await notifyQueue(manager, queue);
  return rows[0]?.id ?? null;
}

/** Claims up to `limit` due jobs of one queue for `worker`, under a lease; jobs whose lease ran out are claimed again. */
export async function claimJobs(
  manager: EntityManager,
  queue: string,
  worker: string,
  limit: number,
  leaseMs: number,
): Promise<JobRow[]> {
  return queryRows<JobRow>(
    manager,
    `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $2,
            locked_until = now() + $4 * interval '1 millisecond', started_at = now()
     WHERE id IN (
       SELECT id FROM jobs
       WHERE queue = $1 AND ((state = 'pending' AND run_after <= now()) OR (state = 'running' AND locked_until < now()))
       ORDER BY run_after, id
       LIMIT $3
       FOR UPDATE SKIP LOCKED)
     RETURNING ${JOB_COLUMNS}`,
    [queue, worker, limit, leaseMs],
  );
}

/** Done: only the worker holding the lease may finish a job; `redact` empties a payload that held secrets (mail). */
export async function completeJob(manager: EntityManager, id: string, worker: string, redact: boolean): Promise<void> {
  await manager.query(
    `UPDATE jobs SET state = 'done', finished_at = now(), locked_by = NULL, locked_until = NULL, last_error = NULL,
            payload = CASE WHEN $3 THEN '{}'::jsonb ELSE payload END
     WHERE id = $1 AND locked_by = $2`,
    [id, worker, redact],
  );
}

/** A failed attempt: back to pending after `retryInMs`, or `failed` (dead letter) when no attempt is left. */
export async function failJob(
  manager: EntityManager,
  id: string,
  worker: string,
  error: string,
  retryInMs: number | null,
): Promise<void> {
  await manager.query(
    `UPDATE jobs SET locked_by = NULL, locked_until = NULL, last_error = left($3, 2000),
            state = CASE WHEN $4::bigint IS NULL THEN 'failed' ELSE 'pending' END,
            finished_at = CASE WHEN $4::bigint IS NULL THEN now() ELSE NULL END,
            run_after = CASE WHEN $4::bigint IS NULL THEN run_after ELSE now() + $4::bigint * interval '1 millisecond' END
     WHERE id = $1 AND locked_by = $2`,
    [id, worker, error, retryInMs],
  );
}

/** Keeps the lease of jobs still running in this worker. */
export async function extendLeases(
  manager: EntityManager,
  worker: string,
  ids: string[],
  leaseMs: number,
): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `UPDATE jobs SET locked_until = now() + $3 * interval '1 millisecond' WHERE locked_by = $1 AND id = ANY($2::bigint[]) AND state = 'running'`,
    [worker, ids, leaseMs],
  );
}

/** On shutdown: jobs this worker could not finish go back to pending at once, their attempt not counted. */
export async function releaseJobs(manager: EntityManager, worker: string): Promise<number> {
  const released = await queryRows<{ id: string }>(
    manager,
    `UPDATE jobs SET state = 'pending', locked_by = NULL, locked_until = NULL, attempts = greatest(attempts - 1, 0), run_after = now()
     WHERE locked_by = $1 AND state = 'running' RETURNING id`,
    [worker],
  );
  return released.length;
}

/** Failed jobs (dead letters), most recently failed first. */
export function findFailedJobs(manager: EntityManager, first: number): Promise<JobRow[]> {
  return queryRows<JobRow>(
    manager,
    `SELECT ${JOB_COLUMNS} FROM jobs WHERE state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT $1`,
    [first],
  );
}

export interface JobCountRow {
  queue: string;
  state: string;
  count: number;
}

/** Jobs not done yet, counted by queue and state. */
export function countUnfinishedJobs(manager: EntityManager): Promise<JobCountRow[]> {
  return queryRows<JobCountRow>(
    manager,
    `SELECT queue, state, count(*)::int AS count FROM jobs WHERE state <> 'done' GROUP BY queue, state ORDER BY queue, state`,
  );
}

/** A failed job back to pending with fresh attempts, due now; null when `id` is not a failed job. */
export async function retryFailedJob(manager: EntityManager, id: string): Promise<JobRow | null> {
  const [job] = await queryRows<JobRow>(
    manager,
    `UPDATE jobs SET state = 'pending', attempts = 0, run_after = now(), finished_at = NULL
     WHERE id = $1 AND state = 'failed' RETURNING ${JOB_COLUMNS}`,
    [id],
  );
  return job ?? null;
}

/** Wakes the workers of `queue` on every replica once the transaction commits (LISTEN/NOTIFY). */
export async function notifyQueue(manager: EntityManager, queue: string): Promise<void> {
  await manager.query(`SELECT pg_notify($1, $2)`, [JOBS_CHANNEL, queue]);
}
