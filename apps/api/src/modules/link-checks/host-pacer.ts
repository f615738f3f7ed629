/** Waits `ms` milliseconds (the real timer; a unit test gives its own). */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps a polite pace per host: a request to a host starts at least `delayMs` after the previous one to that host
 * ended. Requests are made one at a time by the batch that owns the host, so a host never sees two at once.
 *
 * Counting from the previous request's end, not its start, is what makes the pause hold as the host sees it: a
 * request reaches the host some time after it starts here (address lookup, connection), and that time differs from
 * one request to the next, so two starts `delayMs` apart here could reach the host closer than `delayMs` (CI,
 * 2026-12-05: 143 ms apart for a 150 ms pause). The previous request's end comes after the host received it, so the
 * next one arrives there at least `delayMs` later whatever the network did.
 */
export class HostPacer {
  private readonly lastEnd = new Map<string, number>();

  constructor(
    private readonly delayMs: number,
    private readonly sleep: Sleep = realSleep,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `request` once the pause since the previous request to `host` ended has passed. */
  async run<T>(host: string, request: () => Promise<T>): Promise<T> {
    const last = this.lastEnd.get(host);
    if (last !== undefined) {
      const until = last + this.delayMs;
      // Checked again after each sleep: a Node timer counts from the event loop's cached time and can end a little
      // before the clock says the pause is over.
      while (this.now() < until) await this.sleep(until - this.now());
    }
    try {
      return await request();
    } finally {
      this.lastEnd.set(host, this.now());
    }
  }
}
