import { Global, Module } from '@nestjs/common';
import { JobHandlerRegistry } from './job-handlers';
import { JobQueue } from './job-queue.service';
import { JobScheduler } from './job-scheduler.service';
import { JobWorker } from './job-worker.service';
import { JobsResolver } from './jobs.resolver';

/** Side effects after commit: features enqueue in their transaction and register handlers; every process may work. */
@Global()
@Module({
  providers: [JobHandlerRegistry, JobQueue, JobWorker, JobScheduler, JobsResolver],
  exports: [JobHandlerRegistry, JobQueue, JobWorker, JobScheduler],
})
export class JobsModule {}
