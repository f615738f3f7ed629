/** At most this many clients remembered; beyond it the oldest are forgotten (they then wait for their count again). */
const REMEMBERED_MAX = 10_000;

/**
 * Clients this process recently saw beyond their query budget, until their window ends: their next queries wait for
 * the count before running (query-cost.plugin.ts), so that a client over its budget cannot keep the API executing
 * queries whose answers it will not get. Not a counter and not shared: the counts stay in PostgreSQL; forgetting a
 * client (another replica, a restart, the cap) only lets its next query run alongside its count, never be answered.
 */
export class KnownRefusals {
  private readonly until = new Map<string, number>();

  remember(client: string, retryAfterSeconds: number, now = Date.now()): void {
    this.until.delete(client);
    this.until.set(client, now + retryAfterSeconds * 1000);
    if (this.until.size > REMEMBERED_MAX) this.until.delete(this.until.keys().next().value!);
  }

  has(client: string, now = Date.now()): boolean {
    const until = this.until.get(client);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(client);
    return false;
  }
}
