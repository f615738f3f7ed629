import type { Env } from './config-error';

/**
 * Operator commands do their own work: unless told otherwise, they neither take jobs from the queue at start (the
 * `worker` command starts its worker itself, once it handles SIGTERM), nor index in the background (the `indexer`
 * command starts its loop itself; `seed`, `import` and `reindex` drain the outbox when their writes are done; a
 * `restore` must not have a loop querying the empty database before the archive is in), nor enqueue scheduled ones.
 * Applied before the configs are read.
 */
export function applyCliDefaults(env: Env = process.env): void {
  env.JOBS_WORKER ??= 'false';
  env.INDEXER_ENABLED ??= 'false';
  env.DIGEST_SCHEDULER ??= 'false';
}
