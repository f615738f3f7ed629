import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { ResourceBinService } from './resource-bin.service';

export const RESOURCE_BIN_PURGE_QUEUE = 'resource-bin-purge';

/** One purge a day (UTC): the first scheduler tick of the day enqueues it, once across replicas (decision 0015). */
export function binPurgeSlot(now: Date): string {
  return `purge@${now.toISOString().slice(0, 10)}`;
}

/** Empties the bin of what has been there longer than RESOURCE_BIN_RETENTION_DAYS (30 by default), as a daily job. */
@Injectable()
export class ResourceBinScheduler implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly bin: ResourceBinService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register(RESOURCE_BIN_PURGE_QUEUE, {
      run: async () => void (await this.bin.purge(this.clock.now())),
      concurrency: 1,
      maxAttempts: 3,
      timeoutMs: 10 * 60 * 1000,
      describe: (payload) => `Vidage de la corbeille des ressources (${String(payload.slot)})`,
    });
    this.registry.schedule({ queue: RESOURCE_BIN_PURGE_QUEUE, slot: binPurgeSlot });
  }
}
