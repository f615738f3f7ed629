import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { Gauge, Registry } from 'prom-client';
import { OBSERVABILITY_CONFIG, type ObservabilityConfig } from '../config/observability.config';
import { processRegistry } from './metrics';
import { ServiceStatusService } from './service-status.service';

/**
 * Serves the metrics text: this process's series, plus queue depths and ages read from PostgreSQL at scrape time (so
 * every replica reports the same shared backlog, and no replica keeps state another one needs). With METRICS_PORT,
 * also on an internal port without a token.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly status: ServiceStatusService,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
  ) {}

  readonly contentType = processRegistry.contentType;

  async scrape(): Promise<string> {
    const shared = new Registry();
    try {
      await this.sharedGauges(shared);
    } catch (error) {
      // PostgreSQL down: the process series still answer, and cc_backlog_scrape_ok says why the others are missing.
      this.logger.warn(`Files d’attente illisibles pour /metrics : ${(error as Error).message}`);
      new Gauge({ name: 'cc_backlog_scrape_ok', help: '1 when the backlogs were read.', registers: [shared] }).set(0);
    }
    return Registry.merge([processRegistry, shared]).metrics();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.metricsPort) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.scrape().then(
        (text) => res.writeHead(200, { 'content-type': this.contentType }).end(text),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.metricsPort, this.config.metricsHost, () => resolve());
    });
    this.server = server;
    this.logger.log(`Métriques sur http://${this.config.metricsHost}:${this.config.metricsPort}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private async sharedGauges(registry: Registry): Promise<void> {
    const { outbox, jobs } = await this.status.backlogs();
    const gauge = (name: string, help: string, labelNames: string[] = []) =>
      new Gauge({ name, help, labelNames, registers: [registry] });
    gauge('cc_backlog_scrape_ok', '1 when the backlogs were read.').set(1);
    gauge('cc_outbox_pending_events', 'Outbox events not yet indexed.').set(outbox.pending);
    gauge(
      'cc_index_lag_seconds',
      'Age of the oldest outbox event not yet indexed: how far behind search is (0 when caught up).',
    ).set(outbox.oldestAgeSeconds);
    const depth = gauge('cc_jobs', 'Jobs not done, by queue and state (due, scheduled, running, failed).', [
      'queue',
      'state',
    ]);
    const age = gauge('cc_jobs_oldest_due_age_seconds', 'Seconds the oldest due job has waited, by queue.', ['queue']);
    for (const row of jobs) {
      for (const state of ['due', 'scheduled', 'running', 'failed'] as const)
        depth.set({ queue: row.queue, state }, row[state]);
      age.set({ queue: row.queue }, row.oldestDueAgeSeconds);
    }
  }
}
