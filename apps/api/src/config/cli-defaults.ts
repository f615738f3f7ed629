import type { Env } from './config-error';

/**
 * Operator commands do their own work: unless told otherwise, they neither take jobs from the queue (only `worker` and
 * the API processes do) nor enqueue scheduled ones. Applied before the configs are read.
 */
export function applyCliDefaults(command: string, env: Env = process.env): void {
  env.JOBS_WORKER ??= command === 'worker' ? 'true' : 'false';
  env.DIGEST_SCHEDULER ??= 'false';
}
