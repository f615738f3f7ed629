import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import {
  EnqueueOptions,
  notifyQueue,
  JobCountRow,
  JobRow,
  countUnfinishedJobs,
  findFailedJobs,
  insertJob,
  retryFailedJob,
} from './job-rows';
import { jobsPolicy } from './jobs.policy';

/** Enqueues jobs in the caller's transaction; lists and retries failed jobs for admins. */
@Injectable()
export class JobQueue {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The job runs after `manager`'s transaction commits, never if it rolls back. */
  enqueue(
    manager: EntityManager | undefined,
    queue: string,
    payload: Record<string, unknown>,
    options?: EnqueueOptions,
  ): Promise<string | null> {
    return insertJob(manager ?? this.dataSource.manager, queue, payload, options);
  }

  async failed(actor: Actor | null, first: number): Promise<JobRow[]> {
    if (!jobsPolicy.canAdminister(requireActor(actor))) throw new ForbiddenError();
    return findFailedJobs(this.dataSource.manager, first);
  }

  async counts(actor: Actor | null): Promise<JobCountRow[]> {
    if (!jobsPolicy.canAdminister(requireActor(actor))) throw new ForbiddenError();
    return countUnfinishedJobs(this.dataSource.manager);
  }

  /** A failed job gets its attempts back and runs again at once; audited. */
  async retry(actor: Actor | null, id: string): Promise<JobRow> {
    const current = requireActor(actor);
    if (!jobsPolicy.canAdminister(current)) throw new ForbiddenError();
    if (!/^\d{1,18}$/.test(id)) throw new NotFoundError('job', id);
    return this.dataSource.transaction(async (manager) => {
      const job = await retryFailedJob(manager, id);
      if (!job) throw new NotFoundError('failedJob', id);
      await this.audit.record('job.retried', current.id, `${job.queue} n° ${job.id}`, {}, manager);
      await notifyQueue(manager, job.queue);
      return job;
    });
  }
}
