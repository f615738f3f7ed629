import { Injectable } from '@nestjs/common';

/** What a queue's jobs do, and how they are run. */
export interface JobHandler {
  /** The work; throwing makes the attempt fail (retried with backoff, then kept as failed). Must be idempotent. */
  run(payload: Record<string, unknown>, job: { id: string; attempts: number }): Promise<void>;
  /** Jobs of this queue running at once in one process. */
  concurrency: number;
  /** Attempts before the job is kept as failed. */
  maxAttempts: number;
  /** A running attempt that takes longer is failed (and its lease would let another worker take it). */
  timeoutMs: number;
  /** Empty the payload once done (it held a secret such as a reset link). */
  redactWhenDone?: boolean;
  /** One line for the admins' list of failed jobs, without secrets (e.g. « Courriel à x : sujet »). */
  describe?(payload: Record<string, unknown>): string;
}

/** Features register their queues at module init; the worker runs whatever is registered. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: JobSchedule[] = [];

  register(queue: string, handler: JobHandler): void {
    if (this.handlers.has(queue)) throw new Error(`La file de tâches « ${queue} » est déclarée deux fois.`);
    this.handlers.set(queue, handler);
  }

  get(queue: string): JobHandler | undefined {
    return this.handlers.get(queue);
  }

  queues(): string[] {
    return [...this.handlers.keys()];
  }

  schedule(schedule: JobSchedule): void {
    this.schedules.push(schedule);
  }

  scheduled(): readonly JobSchedule[] {
    return this.schedules;
  }
}

/** A scheduled job: enqueued once per slot across all replicas (the slot is its singleton key). */
export interface JobSchedule {
  queue: string;
  /** The slot `now` falls in, or null when nothing is due now (e.g. outside the digest's hours). */
  slot(now: Date): string | null;
}
