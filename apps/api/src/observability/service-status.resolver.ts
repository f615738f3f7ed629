import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../common/auth/actor';
import { ServiceStatusObject } from './dto/service-status.objects';
import { ServiceStatusService } from './service-status.service';

@Resolver(() => ServiceStatusObject)
export class ServiceStatusResolver {
  constructor(private readonly service: ServiceStatusService) {}

  @Query(() => ServiceStatusObject, {
    description: 'Admins only: index lag, backlogs, last backup and versions (failed jobs: `failedJobs`).',
  })
  async serviceStatus(@CurrentActor() actor: Actor | null): Promise<ServiceStatusObject> {
    const status = await this.service.status(actor);
    const details = status.lastBackup?.details ?? {};
    return {
      indexLagSeconds: status.outbox.oldestAgeSeconds,
      outboxPending: status.outbox.pending,
      jobQueues: status.jobs,
      lastBackup: status.lastBackup
        ? {
            completedAt: status.lastBackup.createdAt,
            archive: typeof details.archive === 'string' ? details.archive : undefined,
            sizeBytes: typeof details.sizeBytes === 'number' ? details.sizeBytes : undefined,
          }
        : undefined,
      versions: {
        app: status.versions.app,
        postgres: status.versions.postgres,
        meilisearch: status.versions.meilisearch ?? undefined,
        lastMigration: status.versions.lastMigration ?? undefined,
      },
      pendingMigrations: status.pendingMigrations,
    };
  }
}
