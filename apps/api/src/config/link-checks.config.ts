import { ConfigError, Env, readInt } from './config-error';

export interface LinkChecksConfig {
  /** Whether the weekly sweep is scheduled in this installation (the tests schedule it only where they mean to). */
  scheduled: boolean;
  /** Pause between two requests to the same host, so that a site holding many of our links is not hammered (ms). */
  hostDelayMs: number;
  /** How long one check may take, redirects included (ms). */
  timeoutMs: number;
  /** Resources per batch job (a host is never split across batches, so a big host makes a bigger batch). */
  batchSize: number;
}

export const LINK_CHECKS_CONFIG = Symbol('LINK_CHECKS_CONFIG');

function readBoolean(env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(variable, `doit valoir « true » ou « false » (reçu « ${raw} »)`);
}

export function loadLinkChecksConfig(env: Env = process.env): LinkChecksConfig {
  return {
    scheduled: readBoolean(env, 'LINK_CHECK_SCHEDULED', true),
    hostDelayMs: readInt(env, 'LINK_CHECK_HOST_DELAY_MS', 2000, 0, 600_000),
    timeoutMs: readInt(env, 'LINK_CHECK_TIMEOUT_MS', 10_000, 100, 120_000),
    batchSize: readInt(env, 'LINK_CHECK_BATCH_SIZE', 50, 1, 10_000),
  };
}
