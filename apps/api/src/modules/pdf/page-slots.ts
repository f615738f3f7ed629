/** Thrown when no slot can be had: too many waiting, or waited too long. */
export class SlotsBusyError extends Error {
  constructor(readonly reason: 'queue-full' | 'timeout') {
    super(reason === 'queue-full' ? 'file d’attente pleine' : 'attente trop longue');
  }
}

/**
 * A counting semaphore with a bounded, time-limited queue: at most `max` holders at once, at most `queueMax` waiting,
 * each for at most `waitMs`. Used to cap the pages one browser renders at once.
 */
export class PageSlots {
  private active = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];
  /** The most holders seen at once (for tests and metrics). */
  peak = 0;

  constructor(
    private readonly max: number,
    private readonly queueMax: number,
    private readonly waitMs: number,
  ) {}

  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.max) {
      this.take();
      return Promise.resolve();
    }
    if (this.waiting.length >= this.queueMax) return Promise.reject(new SlotsBusyError('queue-full'));
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          this.take();
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new SlotsBusyError('timeout'));
        }, this.waitMs),
      };
      this.waiting.push(entry);
    });
  }

  private take(): void {
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
  }

  private release(): void {
    this.active -= 1;
    this.waiting.shift()?.grant();
  }
}
