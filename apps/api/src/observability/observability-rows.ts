import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/database/query-rows';

export interface OutboxBacklogRow {
  pending: number;
  /** Seconds since the oldest event not yet indexed was written: how far behind search is (0 when caught up). */
  oldestAgeSeconds: number;
}

/** Cheap at scrape time: the partial index on pending events holds only the backlog. */
export async function readOutboxBacklog(manager: EntityManager): Promise<OutboxBacklogRow> {
  const [row] = await queryRows<OutboxBacklogRow>(
    manager,
    `SELECT count(*)::int AS pending,
            coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS "oldestAgeSeconds"
     FROM outbox_events WHERE processed_at IS NULL`,
  );
  return row;
}

export interface JobBacklogRow {
  queue: string;
  /** Due and waiting for a worker. */
  due: number;
  /** Waiting for a later time (retry backoff, scheduled). */
  scheduled: number;
  running: number;
  failed: number;
  /** Seconds the oldest due job has been waiting (0 when none). */
  oldestDueAgeSeconds: number;
}

/** Jobs not done, by queue (the partial indexes on pending/running and failed jobs keep it small). */
export function readJobBacklog(manager: EntityManager): Promise<JobBacklogRow[]> {
  return queryRows<JobBacklogRow>(
    manager,
    `SELECT queue,
            count(*) FILTER (WHERE state = 'pending' AND run_after <= now())::int AS due,
            count(*) FILTER (WHERE state = 'pending' AND run_after > now())::int AS scheduled,
            count(*) FILTER (WHERE state = 'running')::int AS running,
            count(*) FILTER (WHERE state = 'failed')::int AS failed,
            coalesce(extract(epoch FROM now() - min(run_after) FILTER (WHERE state = 'pending' AND run_after <= now())), 0)::float8
              AS "oldestDueAgeSeconds"
     FROM jobs WHERE state IN ('pending', 'running', 'failed') GROUP BY queue ORDER BY queue`,
  );
}

export interface DatabaseStateRow {
  postgres: string;
  /** Names of the migrations applied, in order. */
  migrations: string[];
}

export async function readDatabaseState(manager: EntityManager): Promise<DatabaseStateRow> {
  const [row] = await queryRows<DatabaseStateRow>(
    manager,
    `SELECT current_setting('server_version') AS postgres,
            coalesce((SELECT array_agg(name ORDER BY timestamp, id) FROM migrations), '{}') AS migrations`,
  );
  return row;
}

export interface LastBackupRow {
  createdAt: Date;
  details: Record<string, unknown>;
}

/** The backup command records each archive it completes in the audit log (decision 0036): the newest one. */
export async function readLastBackup(manager: EntityManager): Promise<LastBackupRow | null> {
  const [row] = await queryRows<LastBackupRow>(
    manager,
    `SELECT created_at AS "createdAt", details FROM audit_log
     WHERE action = 'backup.completed' ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  return row ?? null;
}
