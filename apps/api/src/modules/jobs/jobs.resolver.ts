import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { FailedJobObject, JobQueueCountObject } from './dto/job.objects';
import { JobHandlerRegistry } from './job-handlers';
import { JobQueue } from './job-queue.service';
import type { JobRow } from './job-rows';

@Resolver(() => FailedJobObject)
export class JobsResolver {
  constructor(
    private readonly queue: JobQueue,
    private readonly registry: JobHandlerRegistry,
  ) {}

  @Query(() => [FailedJobObject], {
    description: 'Admins only: jobs kept as failed after their retries, newest first.',
  })
  async failedJobs(
    @CurrentActor() actor: Actor | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<FailedJobObject[]> {
    return (await this.queue.failed(actor, Math.min(Math.max(first, 1), 200))).map((job) => this.present(job));
  }

  @Query(() => [JobQueueCountObject], { description: 'Admins only: jobs waiting, running and failed, by queue.' })
  jobQueueCounts(@CurrentActor() actor: Actor | null): Promise<JobQueueCountObject[]> {
    return this.queue.counts(actor);
  }

  @Mutation(() => FailedJobObject, {
    description: 'Admins only: runs a failed job again, with fresh attempts; audited.',
  })
  async retryJob(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<FailedJobObject> {
    return this.present(await this.queue.retry(actor, id));
  }

  private present(job: JobRow): FailedJobObject {
    const describe = this.registry.get(job.queue)?.describe;
    return {
      id: job.id,
      queue: job.queue,
      summary: describe ? describe(job.payload) : job.queue,
      attempts: job.attempts,
      lastError: job.lastError ?? undefined,
      createdAt: job.createdAt,
      failedAt: job.finishedAt ?? undefined,
    };
  }
}
