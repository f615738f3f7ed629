import { ConfigError, Env, readBoolean } from './config-error';

export interface JobsConfig {
  /** Whether this process runs jobs (mail, digests…); every replica may: jobs are claimed once in PostgreSQL. */
  workerEnabled: boolean;
  /** How often an idle worker looks for due jobs when no NOTIFY woke it (ms). */
  pollMs: number;
  /** First retry delay; each later attempt waits four times longer (ms). */
  retryBaseMs: number;
  /** How long a claimed job stays a worker's without a heartbeat; a killed worker's jobs are taken again after it (ms). */
  leaseMs: number;
  /** On SIGTERM, how long running jobs may take to finish before they are released to another worker (ms). */
  shutdownGraceMs: number;
  /** Whether this process enqueues scheduled jobs (the weekly digest); each slot is enqueued once across replicas. */
  schedulerEnabled: boolean;
}

export const JOBS_CONFIG = Symbol('JOBS_CONFIG');

function readMs(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      variable,
      `doit être un nombre entier de millisecondes entre ${min} et ${max} (reçu « ${raw} »)`,
    );
  }
  return value;
}

export function loadJobsConfig(env: Env = process.env): JobsConfig {
  return {
    workerEnabled: readBoolean(env, 'JOBS_WORKER', true),
    pollMs: readMs(env, 'JOBS_POLL_MS', 1000, 10, 60_000),
    retryBaseMs: readMs(env, 'JOBS_RETRY_BASE_MS', 30_000, 1, 3_600_000),
    leaseMs: readMs(env, 'JOBS_LEASE_MS', 60_000, 300, 3_600_000),
    shutdownGraceMs: readMs(env, 'JOBS_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    // DIGEST_SCHEDULER keeps its meaning from the previous release.
    schedulerEnabled: readBoolean(env, 'DIGEST_SCHEDULER', true),
  };
}
