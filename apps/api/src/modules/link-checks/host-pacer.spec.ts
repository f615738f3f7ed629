import { HostPacer } from './host-pacer';

describe('the pace per host', () => {
  /** A pacer on a fake clock; `slept` says how long a timer of `ms` really lasts (its `n`th, from 1). */
  function clockedPacer(delayMs: number, slept: (ms: number, n: number) => number = (ms) => ms) {
    const clock = { now: 1000 };
    const waits: number[] = [];
    const pacer = new HostPacer(
      delayMs,
      async (ms) => {
        waits.push(ms);
        clock.now += slept(ms, waits.length);
      },
      () => clock.now,
    );
    /** A request that takes `ms` to answer. */
    const taking = (ms: number) => async () => {
      clock.now += ms;
      return ms;
    };
    return { clock, waits, pacer, taking };
  }

  it('waits the delay between two requests to the same host, not to different hosts', async () => {
    const { clock, waits, pacer, taking } = clockedPacer(500);
    await pacer.run('a.org', taking(0));
    await pacer.run('b.org', taking(0));
    expect(waits).toEqual([]);
    clock.now += 100;
    expect(await pacer.run('a.org', taking(0))).toBe(0);
    expect(waits).toEqual([400]);
    clock.now += 600;
    await pacer.run('a.org', taking(0));
    expect(waits).toEqual([400]);
  });

  it('counts the delay from the end of the previous request, so a slow answer does not shorten the pause', async () => {
    const { clock, waits, pacer, taking } = clockedPacer(500);
    await pacer.run('a.org', taking(300));
    clock.now += 100;
    await pacer.run('a.org', taking(0));
    // Counted from the first request's start, 400 ms had passed and 100 ms would have been enough.
    expect(waits).toEqual([400]);
  });

  it('counts a failed request like an answered one', async () => {
    const { waits, pacer } = clockedPacer(500);
    await expect(
      pacer.run('a.org', async () => {
        throw new Error('refusé');
      }),
    ).rejects.toThrow('refusé');
    await pacer.run('a.org', async () => 'ok');
    expect(waits).toEqual([500]);
  });

  it('sleeps again when the timer ended before the pause was over', async () => {
    // The first timer ends 3 ms early by the clock, as a Node timer started late in a busy event-loop turn can.
    const { clock, waits, pacer } = clockedPacer(500, (ms, n) => (n === 1 ? ms - 3 : ms));
    await pacer.run('a.org', async () => null);
    await pacer.run('a.org', async () => null);
    expect(waits).toEqual([500, 3]);
    expect(clock.now).toBe(1500);
  });
});
