/** Exponential backoff with a ceiling: 250 ms, 500 ms, 1 s, … up to `maxMs`. */
export function backoffDelay(failures: number, baseMs = 250, maxMs = 5_000): number {
  if (failures <= 0) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 16));
}
