import { HostPacer } from './host-pacer';

describe('the pace per host', () => {
  it('waits the delay between two requests to the same host, not to different hosts', async () => {
    let now = 1000;
    const waits: number[] = [];
    const pacer = new HostPacer(
      500,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
      () => now,
    );
    await pacer.wait('a.org');
    await pacer.wait('b.org');
    expect(waits).toEqual([]);
    now += 100;
    await pacer.wait('a.org');
    expect(waits).toEqual([400]);
    now += 600;
    await pacer.wait('a.org');
    expect(waits).toEqual([400]);
  });
});
