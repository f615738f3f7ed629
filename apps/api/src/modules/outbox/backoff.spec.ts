import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from 250 ms and stops at the ceiling', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n))).toEqual([0, 250, 500, 1000, 2000]);
    expect(backoffDelay(50)).toBe(5000);
    expect(backoffDelay(3, 100, 250)).toBe(250);
  });
});
