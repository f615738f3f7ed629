import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { ForbiddenError, requireActor } from '../common/auth/require-actor';
import { OBSERVABILITY_CONFIG, type ObservabilityConfig } from '../config/observability.config';
import { MIGRATIONS } from '../database/migrations';
import { MEILI_CLIENT } from '../modules/search/meili.provider';
import { isDraining } from '../shutdown';
import { appVersion } from './app-version';
import {
  JobBacklogRow,
  LastBackupRow,
  OutboxBacklogRow,
  readDatabaseState,
  readJobBacklog,
  readLastBackup,
  readOutboxBacklog,
} from './observability-rows';
import { serviceStatusPolicy } from './service-status.policy';

export interface Readiness {
  ready: boolean;
  /** What is wrong, in words an operator acts on; empty when ready. */
  problems: string[];
  database: 'up' | 'down';
  search: 'up' | 'down';
  pendingMigrations: number;
  outboxBacklog: number;
  jobBacklog: number;
}

export interface ServiceStatus {
  outbox: OutboxBacklogRow;
  jobs: JobBacklogRow[];
  lastBackup: LastBackupRow | null;
  versions: { app: string; postgres: string; meilisearch: string | null; lastMigration: string | null };
  pendingMigrations: number;
}

const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);

/** What the service is doing, for /health/ready, the metrics and the admin page « État du service ». */
@Injectable()
export class ServiceStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
  ) {}

  /** Ready to serve: both stores answer, every migration is applied, and the backlogs stay under their thresholds. */
  async readiness(): Promise<Readiness> {
    const [database, search] = await Promise.all([
      this.databaseBacklogs().catch(() => null),
      this.meili.health().then(
        () => 'up' as const,
        () => 'down' as const,
      ),
    ]);
    const problems: string[] = [];
    if (isDraining()) problems.push('Arrêt en cours (SIGTERM) : plus de nouvelle requête.');
    if (!database) problems.push('PostgreSQL ne répond pas.');
    if (search === 'down') problems.push('Meilisearch ne répond pas.');
    const pendingMigrations = database?.pendingMigrations ?? 0;
    const outboxBacklog = database?.outbox.pending ?? 0;
    const jobBacklog = database?.jobBacklog ?? 0;
    if (pendingMigrations > 0) problems.push(`${pendingMigrations} migration(s) non appliquée(s).`);
    if (outboxBacklog > this.config.readyMaxOutboxBacklog) {
      problems.push(
        `${outboxBacklog} événement(s) en attente d’indexation (seuil READY_MAX_OUTBOX_BACKLOG : ${this.config.readyMaxOutboxBacklog}).`,
      );
    }
    if (jobBacklog > this.config.readyMaxJobBacklog) {
      problems.push(
        `${jobBacklog} tâche(s) dues en attente (seuil READY_MAX_JOB_BACKLOG : ${this.config.readyMaxJobBacklog}).`,
      );
    }
    return {
      ready: problems.length === 0,
      problems,
      database: database ? 'up' : 'down',
      search,
      pendingMigrations,
      outboxBacklog,
      jobBacklog,
    };
  }

  /** Admins only. */
  async status(actor: Actor | null): Promise<ServiceStatus> {
    if (!serviceStatusPolicy.canView(requireActor(actor))) throw new ForbiddenError();
    const manager = this.dataSource.manager;
    const [state, outbox, jobs, lastBackup, meilisearch] = await Promise.all([
      readDatabaseState(manager),
      readOutboxBacklog(manager),
      readJobBacklog(manager),
      readLastBackup(manager),
      this.meili.getVersion().then(
        (version) => version.pkgVersion,
        () => null,
      ),
    ]);
    return {
      outbox,
      jobs,
      lastBackup,
      versions: {
        app: appVersion(),
        postgres: state.postgres,
        meilisearch,
        lastMigration: state.migrations.at(-1) ?? null,
      },
      pendingMigrations: pending(state.migrations),
    };
  }

  /** The backlogs as the metrics expose them at scrape time. */
  async backlogs(): Promise<{ outbox: OutboxBacklogRow; jobs: JobBacklogRow[] }> {
    const [outbox, jobs] = await Promise.all([
      readOutboxBacklog(this.dataSource.manager),
      readJobBacklog(this.dataSource.manager),
    ]);
    return { outbox, jobs };
  }

  private async databaseBacklogs() {
    const [state, outbox, jobs] = await Promise.all([
      readDatabaseState(this.dataSource.manager),
      readOutboxBacklog(this.dataSource.manager),
      readJobBacklog(this.dataSource.manager),
    ]);
    return {
      pendingMigrations: pending(state.migrations),
      outbox,
      jobBacklog: jobs.reduce((sum, queue) => sum + queue.due, 0),
    };
  }
}

function pending(applied: string[]): number {
  const done = new Set(applied);
  return MIGRATION_NAMES.filter((name) => !done.has(name)).length;
}
