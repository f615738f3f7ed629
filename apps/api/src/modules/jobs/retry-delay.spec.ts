import { retryDelay } from './retry-delay';

describe('retryDelay: each retry waits longer, within bounds', () => {
  it('grows fourfold per attempt from the base', () => {
    const middle = () => 0.5;
    expect([1, 2, 3].map((attempt) => retryDelay(attempt, 1000, middle))).toEqual([1000, 4000, 16000]);
  });

  it('stays within ±20 % of the nominal delay and never past six hours', () => {
    expect(retryDelay(1, 1000, () => 0)).toBe(800);
    expect(retryDelay(1, 1000, () => 1)).toBe(1200);
    expect(retryDelay(40, 30_000, () => 0.5)).toBe(6 * 3600 * 1000);
  });
});
