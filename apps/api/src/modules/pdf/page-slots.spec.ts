import { PageSlots, SlotsBusyError } from './page-slots';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('PageSlots: a capped number of pages, a bounded wait', () => {
  it('never runs more than the cap at once, and runs every queued work in turn', async () => {
    const slots = new PageSlots(2, 10, 10_000);
    const gates = Array.from({ length: 5 }, deferred);
    const order: number[] = [];
    const runs = gates.map((gate, n) =>
      slots.run(async () => {
        order.push(n);
        await gate.promise;
        return n;
      }),
    );
    await Promise.resolve();
    expect(slots.inUse).toBe(2);
    expect(slots.queued).toBe(3);
    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(slots.peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses at once when the queue is full', async () => {
    const slots = new PageSlots(1, 1, 10_000);
    const gate = deferred();
    const first = slots.run(() => gate.promise);
    const second = slots.run(async () => 'second');
    await expect(slots.run(async () => 'third')).rejects.toEqual(new SlotsBusyError('queue-full'));
    gate.resolve();
    await first;
    expect(await second).toBe('second');
  });

  it('gives up on a wait past the limit, and the slot stays usable', async () => {
    jest.useFakeTimers();
    try {
      const slots = new PageSlots(1, 5, 1000);
      const gate = deferred();
      const first = slots.run(() => gate.promise);
      const waiting = slots.run(async () => 'late');
      jest.advanceTimersByTime(1001);
      await expect(waiting).rejects.toMatchObject({ reason: 'timeout' });
      expect(slots.queued).toBe(0);
      gate.resolve();
      await first;
      expect(await slots.run(async () => 'next')).toBe('next');
    } finally {
      jest.useRealTimers();
    }
  });
});
