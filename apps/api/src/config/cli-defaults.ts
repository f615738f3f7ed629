import type { Env } from './config-error';

/**
 * Operator commands do their own work: unless told otherwise, they neither take jobs from the queue at start (the
 * `worker` command starts its worker itself, once it handles SIGTERM) nor enqueue scheduled ones. Applied before the
 * configs are read.
 */
export function applyCliDefaults(env: Env = process.env): void {
  env.JOBS_WORKER ??= 'false';
  env.DIGEST_SCHEDULER ??= 'false';
}
