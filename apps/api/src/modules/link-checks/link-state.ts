import type { LinkCheckStatus } from './link-check.entity';

/** Dead this many checks in a row (one a week), a link is taken for broken: one bad day of a site is not enough. */
export const FAILURES_BEFORE_BROKEN = 2;

/** Why a link was found dead; stable codes shown to people through the web's own words. */
export type DeadReason =
  'http_status' | 'timeout' | 'unreachable' | 'private_address' | 'too_many_redirects' | 'invalid_url';

export interface CheckOutcome {
  status: LinkCheckStatus;
  reason: DeadReason | null;
  /** The last HTTP status answered, if any. */
  httpStatus: number | null;
}

export interface LinkState {
  url: string;
  consecutiveFailures: number;
  brokenSince: Date | null;
}

/**
 * The state after a check: failures add up while the address stays the same; an OK check or a new address starts
 * again (and clears the flag). `becameBroken` is true only on the check that sets the flag: the contributor is told once.
 */
export function nextLinkState(
  previous: LinkState | null,
  url: string,
  outcome: CheckOutcome,
  now: Date,
): LinkState & { becameBroken: boolean } {
  if (outcome.status === 'ok') return { url, consecutiveFailures: 0, brokenSince: null, becameBroken: false };
  const sameAddress = previous !== null && previous.url === url;
  const failures = (sameAddress ? previous.consecutiveFailures : 0) + 1;
  const wasBroken = sameAddress ? previous.brokenSince : null;
  const brokenSince = wasBroken ?? (failures >= FAILURES_BEFORE_BROKEN ? now : null);
  return { url, consecutiveFailures: failures, brokenSince, becameBroken: !wasBroken && brokenSince !== null };
}

/** The weekly sweep's slot: Sundays (UTC), named after the day; the first scheduler tick of the Sunday enqueues it. */
export function linkSweepSlot(now: Date): string | null {
  if (now.getUTCDay() !== 0) return null;
  return `links@${now.toISOString().slice(0, 10)}`;
}

/** The host a request goes to (lower case), or '' when the address cannot be read. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Packs resources into batches of about `size`, never splitting a host: batches run in parallel, and a host's
 * requests all stay in one batch that makes them one at a time, with a pause between them.
 */
export function batchByHost<T extends { url: string }>(items: readonly T[], size: number): T[][] {
  const byHost = new Map<string, T[]>();
  for (const item of items) {
    const host = hostOf(item.url);
    byHost.set(host, [...(byHost.get(host) ?? []), item]);
  }
  const batches: T[][] = [];
  let current: T[] = [];
  for (const group of byHost.values()) {
    if (current.length > 0 && current.length + group.length > size) {
      batches.push(current);
      current = [];
    }
    current = current.concat(group);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
