import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's own series (decision 0034): each replica counts what it served, Prometheus scrapes each one and adds
 * them up. Queue depths and ages are not here: they are read from PostgreSQL at scrape time (metrics.service.ts).
 */
export const processRegistry = new Registry();

collectDefaultMetrics({ register: processRegistry });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpDuration = new Histogram({
  name: 'cc_http_request_duration_seconds',
  help: 'HTTP requests by method, route (never the raw path) and status.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: SECONDS,
  registers: [processRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'cc_graphql_operation_duration_seconds',
  help: 'GraphQL operations by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  buckets: SECONDS,
  registers: [processRegistry],
});

export const graphqlErrors = new Counter({
  name: 'cc_graphql_errors_total',
  help: 'Errors in GraphQL responses, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [processRegistry],
});

export const postgresDuration = new Histogram({
  name: 'cc_postgres_query_duration_seconds',
  help: 'SQL statements sent by the API, by command and outcome.',
  labelNames: ['command', 'outcome'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [processRegistry],
});

export const meilisearchDuration = new Histogram({
  name: 'cc_meilisearch_request_duration_seconds',
  help: 'Calls to Meilisearch by client method and outcome.',
  labelNames: ['method', 'outcome'] as const,
  buckets: SECONDS,
  registers: [processRegistry],
});

export const mailDeliveries = new Counter({
  name: 'cc_mails_total',
  help: 'Mails handed to the SMTP server (sent) or refused by it (failed), per attempt.',
  labelNames: ['outcome'] as const,
  registers: [processRegistry],
});

/** Starts a timer; the returned function observes the elapsed seconds with the outcome. */
export function startTimer(): () => number {
  const start = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - start) / 1e9;
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 300;
const seenOperations = new Set<string>();

/** Operation names come from clients: malformed ones, and any beyond the first few hundred, share one label. */
export function operationLabel(name: string | undefined | null): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}
