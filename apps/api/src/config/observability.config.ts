import { ConfigError, Env, readInt, readPort } from './config-error';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ObservabilityConfig {
  /** JSON lines (one object per line, for a log collector) or human-readable text. */
  logFormat: 'json' | 'text';
  /** The least severe level written. */
  logLevel: LogLevel;
  /** Bearer token for GET /metrics on the public port; without it (and without METRICS_PORT) /metrics answers 404. */
  metricsToken?: string;
  /** A second, internal port serving /metrics without a token (bind it to a private network). */
  metricsPort?: number;
  metricsHost: string;
  /** On SIGTERM, how long in-flight requests may take before the server closes their connections (ms). */
  shutdownTimeoutMs: number;
  /** /health/ready answers 503 beyond this many outbox events waiting for the indexer. */
  readyMaxOutboxBacklog: number;
  /** /health/ready answers 503 beyond this many jobs due and not run. */
  readyMaxJobBacklog: number;
}

export const OBSERVABILITY_CONFIG = Symbol('OBSERVABILITY_CONFIG');

function readChoice<T extends string>(env: Env, variable: string, choices: readonly T[], fallback: T): T {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.toLowerCase() as T;
  if (!choices.includes(value)) {
    throw new ConfigError(variable, `doit valoir ${choices.join(', ')} (reçu « ${raw} »)`);
  }
  return value;
}

export function loadObservabilityConfig(env: Env = process.env): ObservabilityConfig {
  const production = env.NODE_ENV === 'production';
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && (metricsToken.length < 16 || /\s/.test(metricsToken))) {
    throw new ConfigError('METRICS_TOKEN', 'doit compter au moins 16 caractères, sans espace');
  }
  const metricsPort = env.METRICS_PORT ? readPort(env, 'METRICS_PORT', 0) : undefined;
  return {
    logFormat: readChoice(env, 'LOG_FORMAT', ['json', 'text'] as const, production ? 'json' : 'text'),
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    metricsToken,
    metricsPort,
    metricsHost: env.METRICS_HOST || '0.0.0.0',
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    readyMaxOutboxBacklog: readInt(env, 'READY_MAX_OUTBOX_BACKLOG', 10_000, 1, 100_000_000),
    readyMaxJobBacklog: readInt(env, 'READY_MAX_JOB_BACKLOG', 1_000, 1, 100_000_000),
  };
}
