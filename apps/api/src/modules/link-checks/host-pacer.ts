/** Waits `ms` milliseconds (the real timer; a unit test gives its own). */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps a polite pace per host: a request to a host starts at least `delayMs` after the previous one to that host
 * started. Requests are made one at a time by the batch that owns the host, so a host never sees two at once.
 */
export class HostPacer {
  private readonly lastStart = new Map<string, number>();

  constructor(
    private readonly delayMs: number,
    private readonly sleep: Sleep = realSleep,
    private readonly now: () => number = Date.now,
  ) {}

  async wait(host: string): Promise<void> {
    const last = this.lastStart.get(host);
    if (last !== undefined) {
      const remaining = last + this.delayMs - this.now();
      if (remaining > 0) await this.sleep(remaining);
    }
    this.lastStart.set(host, this.now());
  }
}
