import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { LINK_CHECKS_CONFIG, type LinkChecksConfig } from '../../config/link-checks.config';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { LINK_CHECK_BATCH_QUEUE, LinkChecksService } from './link-checks.service';
import { linkSweepSlot } from './link-state';

export const LINK_CHECK_SWEEP_QUEUE = 'link-check-sweep';

/**
 * The weekly sweep (decision 0021): the first scheduler tick of a Sunday (UTC) enqueues one sweep across replicas
 * (its slot is the singleton key, decision 0015); the sweep enqueues batch jobs, each owning whole hosts.
 */
@Injectable()
export class LinkChecksScheduler implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly checks: LinkChecksService,
    @Inject(LINK_CHECKS_CONFIG) private readonly config: LinkChecksConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(LINK_CHECK_SWEEP_QUEUE, {
      run: async (payload) => void (await this.checks.planSweep(String(payload.slot))),
      concurrency: 1,
      maxAttempts: 3,
      timeoutMs: 5 * 60 * 1000,
      describe: (payload) => `Vérification des liens : planification (${String(payload.slot)})`,
    });
    this.registry.register(LINK_CHECK_BATCH_QUEUE, {
      run: (payload) => this.checks.checkBatch(String(payload.sweep), payload.resourceIds as string[]),
      // Batches own disjoint hosts: running two at once never sends a host two requests at once.
      concurrency: 2,
      maxAttempts: 3,
      // A big host makes a long batch (its pause between requests adds up); a retry resumes where it stopped.
      timeoutMs: 2 * 3600 * 1000,
      describe: (payload) =>
        `Vérification des liens (${String(payload.sweep)}) : ${(payload.resourceIds as unknown[]).length} ressources`,
    });
    if (this.config.scheduled) this.registry.schedule({ queue: LINK_CHECK_SWEEP_QUEUE, slot: linkSweepSlot });
  }
}
