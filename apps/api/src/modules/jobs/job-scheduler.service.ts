import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOBS_CONFIG, type JobsConfig } from '../../config/jobs.config';
import { JobHandlerRegistry } from './job-handlers';
import { insertJob } from './job-rows';

const TICK_MS = 60_000;

/**
 * Enqueues scheduled jobs (the weekly digest) in every replica that has DIGEST_SCHEDULER on: the slot is the job's
 * singleton key, so however many replicas tick, each slot becomes one job, run once by one worker.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    private readonly registry: JobHandlerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled) return;
    const tick = () =>
      void this.tick(new Date()).catch((error: Error) =>
        this.logger.warn(`Planification impossible : ${error.message}`),
      );
    this.timer = setInterval(tick, TICK_MS);
    this.timer.unref();
    tick();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Enqueues the current slot of every schedule; returns how many jobs this call created (0 when others did). */
  async tick(now: Date): Promise<number> {
    let created = 0;
    for (const schedule of this.registry.scheduled()) {
      const slot = schedule.slot(now);
      if (!slot) continue;
      const id = await insertJob(
        this.dataSource.manager,
        schedule.queue,
        { slot, at: now.toISOString() },
        { singletonKey: slot, maxAttempts: 3 },
      );
      if (id) created += 1;
    }
    return created;
  }
}
