import { KnownRefusals } from './known-refusals';

describe('KnownRefusals: clients seen beyond their query budget, until their window ends', () => {
  it('knows a client until its Retry-After has passed, then forgets it', () => {
    const refusals = new KnownRefusals();
    refusals.remember('ip:10.0.0.1', 30, 1_000);
    expect(refusals.has('ip:10.0.0.1', 1_000)).toBe(true);
    expect(refusals.has('ip:10.0.0.1', 30_999)).toBe(true);
    expect(refusals.has('ip:10.0.0.2', 1_000)).toBe(false);
    expect(refusals.has('ip:10.0.0.1', 31_000)).toBe(false);
    expect(refusals.has('ip:10.0.0.1', 1_000)).toBe(false);
  });

  it('holds a bounded number of clients, forgetting the oldest first', () => {
    const refusals = new KnownRefusals();
    for (let i = 0; i <= 10_000; i += 1) refusals.remember(`client-${i}`, 60, 0);
    expect(refusals.has('client-0', 0)).toBe(false);
    expect(refusals.has('client-1', 0)).toBe(true);
    expect(refusals.has('client-10000', 0)).toBe(true);
  });
});
