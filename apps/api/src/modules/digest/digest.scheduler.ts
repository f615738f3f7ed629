import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { digestDue, digestWeek } from './digest-week';
import { DigestService } from './digest.service';

export const DIGEST_QUEUE = 'digest';
const SLOT_MS = 15 * 60 * 1000;

/** The quarter hour `now` falls in, while this week's digests are due: one `digest` job per slot across replicas. */
export function digestSlot(now: Date): string | null {
  if (!digestDue(now)) return null;
  return `${digestWeek(now)}@${new Date(Math.floor(now.getTime() / SLOT_MS) * SLOT_MS).toISOString()}`;
}

/**
 * The weekly digest as a scheduled job: from Monday 8:00 Paris time, every quarter hour, one worker sends this week's
 * digest to the members who have not had it (each member's week is claimed in the transaction that queues the mail).
 */
@Injectable()
export class DigestScheduler implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly digest: DigestService,
  ) {}

  onModuleInit(): void {
    this.registry.register(DIGEST_QUEUE, {
      run: async () => void (await this.digest.sendWeekly()),
      concurrency: 1,
      maxAttempts: 3,
      timeoutMs: 30 * 60 * 1000,
      describe: (payload) => `Lettre hebdomadaire (${String(payload.slot)})`,
    });
    this.registry.schedule({ queue: DIGEST_QUEUE, slot: digestSlot });
  }
}
