/** Delay before attempt n+1 after attempt n failed: base, 4×, 16×… capped at six hours, with ±20 % jitter. */
export function retryDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const raw = Math.min(baseMs * 4 ** Math.max(0, attempt - 1), 6 * 3600 * 1000);
  return Math.round(raw * (0.8 + 0.4 * random()));
}
