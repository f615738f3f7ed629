import type { EntityManager } from 'typeorm';
import { countRateLimitHits, type RateLimitHitsRow } from './rate-limit-rows';

interface WaitingHit {
  key: string;
  windowSeconds: number;
  weight: number;
  resolve: (row: RateLimitHitsRow) => void;
  reject: (error: unknown) => void;
}

/** At most this many hits per statement. */
const BATCH_MAX = 500;

/**
 * Rate-limit hits outside any transaction, counted in PostgreSQL as group commits (decision 0007): a hit with no
 * statement in flight is sent at once; hits arriving while one is in flight wait for it and then leave together, one
 * statement per window length (`countRateLimitHits`). Each hit is still counted in PostgreSQL before its caller learns
 * its count, which is exactly what it would be had the hits been sent one by one in arrival order; nothing is counted
 * in the process, so replicas keep sharing the counters.
 */
export class RateLimitBatch {
  private waiting: WaitingHit[] = [];
  private sending = false;

  constructor(private readonly manager: () => EntityManager) {}

  /** Counts `weight` hits for `key`; answers its count after this hit (and the ones before it) and the seconds left. */
  count(key: string, windowSeconds: number, weight: number): Promise<RateLimitHitsRow> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ key, windowSeconds, weight, resolve, reject });
      if (!this.sending) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.sending = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, BATCH_MAX);
        const byWindow = new Map<number, WaitingHit[]>();
        for (const hit of batch) {
          const hits = byWindow.get(hit.windowSeconds);
          if (hits) hits.push(hit);
          else byWindow.set(hit.windowSeconds, [hit]);
        }
        await Promise.all([...byWindow].map(([windowSeconds, hits]) => this.sendWindow(windowSeconds, hits)));
      }
    } finally {
      this.sending = false;
    }
  }

  /** One statement for the hits of one window length: each key once, with its hits' weights summed. */
  private async sendWindow(windowSeconds: number, hits: WaitingHit[]): Promise<void> {
    const weights = new Map<string, number>();
    for (const hit of hits) weights.set(hit.key, (weights.get(hit.key) ?? 0) + hit.weight);
    const keys = [...weights.keys()].sort();
    try {
      const rows = await countRateLimitHits(
        this.manager(),
        keys,
        keys.map((key) => weights.get(key)!),
        windowSeconds,
      );
      const after = new Map(rows.map((row) => [row.key, row]));
      // A key's hits in arrival order: each one's count leaves out the weight of those after it.
      for (let i = hits.length - 1; i >= 0; i -= 1) {
        const hit = hits[i];
        const row = after.get(hit.key);
        if (!row) {
          hit.reject(new Error(`rate limit: no count for ${hit.key}`));
          continue;
        }
        hit.resolve({ hits: row.hits, retry: row.retry });
        after.set(hit.key, { ...row, hits: row.hits - hit.weight });
      }
    } catch (error) {
      for (const hit of hits) hit.reject(error);
    }
  }
}
