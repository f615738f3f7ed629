import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { NotificationListener, WakeableSleep } from '../../common/database/notification-listener';
import { DATABASE_CONFIG, type DatabaseConfig } from '../../config/database.config';
import { JOBS_CONFIG, type JobsConfig } from '../../config/jobs.config';
import { JobHandler, JobHandlerRegistry } from './job-handlers';
import { JOBS_CHANNEL, JobRow, claimJobs, completeJob, extendLeases, failJob, releaseJobs } from './job-rows';
import { retryDelay } from './retry-delay';
import { startTimer } from '../../observability/metrics';
import { runWithContext } from '../../observability/request-context';

/**
 * Runs jobs in every API process (JOBS_WORKER=false to turn off): wakes on NOTIFY at commit, claims due jobs with
 * SKIP LOCKED under a lease kept alive by a heartbeat, caps each queue's concurrency, retries with backoff, and on
 * shutdown lets running jobs finish within a grace period before releasing the rest to another worker.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private running = false;
  private loop?: Promise<void>;
  private listener?: NotificationListener;
  private readonly sleeper = new WakeableSleep();
  private heartbeat?: NodeJS.Timeout;
  private notified = false;
  private readonly inFlight = new Map<string, { queue: string; done: Promise<void> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOBS_CONFIG) private readonly config: JobsConfig,
    @Inject(DATABASE_CONFIG) private readonly database: DatabaseConfig,
    private readonly registry: JobHandlerRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.workerEnabled) await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    const leaseMs = this.config.leaseMs;
    this.heartbeat = setInterval(
      () => {
        void extendLeases(this.dataSource.manager, this.id, [...this.inFlight.keys()], leaseMs).catch(() => undefined);
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    this.heartbeat.unref();
    this.loop = this.run();
  }

  /** Stops claiming, lets running jobs finish within the grace period, then releases the others. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.sleeper.wake();
    await this.loop;
    const unfinished = [...this.inFlight.values()].map((job) => job.done);
    await Promise.race([
      Promise.all(unfinished),
      new Promise((resolve) => setTimeout(resolve, this.config.shutdownGraceMs).unref()),
    ]);
    clearInterval(this.heartbeat);
    if (this.inFlight.size > 0) {
      const released = await releaseJobs(this.dataSource.manager, this.id);
      this.logger.warn(`${released} tâche(s) rendue(s) à la file à l’arrêt.`);
    }
    await this.listener?.stop();
    this.listener = undefined;
  }

  /** Runs every due job of the given queues until none is left (the CLI and tests); failures stay in the queue. */
  async runUntilIdle(queues = this.registry.queues()): Promise<number> {
    let total = 0;
    for (;;) {
      let claimed = 0;
      for (const queue of queues) claimed += await this.claimAndStart(queue, this.registry.get(queue)!);
      await Promise.all([...this.inFlight.values()].map((job) => job.done));
      total += claimed;
      if (claimed === 0) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.notified = false;
      let claimed = 0;
      try {
        for (const queue of this.registry.queues())
          claimed += await this.claimAndStart(queue, this.registry.get(queue)!);
      } catch (error) {
        this.logger.warn(`Lecture de la file de tâches impossible : ${(error as Error).message}`);
      }
      if (claimed > 0 || this.notified) continue;
      await this.sleep(this.config.pollMs);
    }
  }

  private async claimAndStart(queue: string, handler: JobHandler): Promise<number> {
    const busy = [...this.inFlight.values()].filter((job) => job.queue === queue).length;
    const free = handler.concurrency - busy;
    if (free <= 0) return 0;
    const jobs = await claimJobs(this.dataSource.manager, queue, this.id, free, this.config.leaseMs);
    for (const job of jobs) {
      const done = this.execute(job, handler).finally(() => {
        this.inFlight.delete(job.id);
        this.sleeper.wake();
      });
      this.inFlight.set(job.id, { queue, done });
    }
    return jobs.length;
  }

  /** Runs in the context of the request that enqueued the job: its log lines carry that request's id. */
  private execute(job: JobRow, handler: JobHandler): Promise<void> {
    return runWithContext({ requestId: job.requestId ?? `job-${job.id}` }, () => this.attempt(job, handler));
  }

  private async attempt(job: JobRow, handler: JobHandler): Promise<void> {
    const maxAttempts = Math.min(job.maxAttempts, handler.maxAttempts);
    const elapsed = startTimer();
    try {
      // A job whose lease ran out more often than it may be tried (its worker kept dying) is not run again.
      if (job.attempts > maxAttempts) throw new Error(`abandonnée après ${maxAttempts} essais interrompus`);
      await withTimeout(handler.run(job.payload, { id: job.id, attempts: job.attempts }), handler.timeoutMs);
      await completeJob(this.dataSource.manager, job.id, this.id, handler.redactWhenDone ?? false);
      this.logger.log({
        msg: 'job done',
        queue: job.queue,
        jobId: job.id,
        attempt: job.attempts,
        durationMs: Math.round(elapsed() * 1000),
      });
    } catch (error) {
      const message = (error as Error).message || String(error);
      const last = job.attempts >= maxAttempts;
      await failJob(
        this.dataSource.manager,
        job.id,
        this.id,
        message,
        last ? null : retryDelay(job.attempts, this.config.retryBaseMs),
      ).catch((failure: Error) => this.logger.error(`Tâche ${job.id} : échec non enregistré (${failure.message})`));
      const what = last ? 'abandonnée (visible dans « Tâches en échec »)' : 'nouvel essai plus tard';
      this.logger.warn(
        `Tâche ${job.queue} n° ${job.id}, essai ${job.attempts}/${maxAttempts} en échec, ${what} : ${message}`,
      );
    }
  }

  private async listen(): Promise<void> {
    this.listener = new NotificationListener({
      url: this.database.url,
      channel: JOBS_CHANNEL,
      applicationName: 'culture-commune-jobs',
      logger: this.logger,
      onNotification: () => {
        this.notified = true;
        this.sleeper.wake();
      },
    });
    await this.listener.start();
  }

  private sleep(ms: number): Promise<void> {
    return this.sleeper.sleep(ms);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`délai dépassé (${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
