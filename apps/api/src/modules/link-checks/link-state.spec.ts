import { batchByHost, hostOf, linkSweepSlot, nextLinkState, type CheckOutcome } from './link-state';

const DEAD: CheckOutcome = { status: 'dead', reason: 'http_status', httpStatus: 404 };
const OK: CheckOutcome = { status: 'ok', reason: null, httpStatus: 200 };
const URL_A = 'https://example.org/a';
const week1 = new Date('2026-12-06T03:00:00Z');
const week2 = new Date('2026-12-13T03:00:00Z');
const week3 = new Date('2026-12-20T03:00:00Z');

describe('the state of a link after a check', () => {
  it('is not broken after one dead check, broken (since the second) after two in a row, told once', () => {
    const first = nextLinkState(null, URL_A, DEAD, week1);
    expect(first).toEqual({ url: URL_A, consecutiveFailures: 1, brokenSince: null, becameBroken: false });
    const second = nextLinkState(first, URL_A, DEAD, week2);
    expect(second).toEqual({ url: URL_A, consecutiveFailures: 2, brokenSince: week2, becameBroken: true });
    const third = nextLinkState(second, URL_A, DEAD, week3);
    expect(third).toEqual({ url: URL_A, consecutiveFailures: 3, brokenSince: week2, becameBroken: false });
  });

  it('an OK check clears the flag and the count', () => {
    const broken = { url: URL_A, consecutiveFailures: 4, brokenSince: week1 };
    expect(nextLinkState(broken, URL_A, OK, week3)).toEqual({
      url: URL_A,
      consecutiveFailures: 0,
      brokenSince: null,
      becameBroken: false,
    });
  });

  it('a new address starts the count again', () => {
    const broken = { url: URL_A, consecutiveFailures: 2, brokenSince: week1 };
    expect(nextLinkState(broken, 'https://example.org/b', DEAD, week3)).toEqual({
      url: 'https://example.org/b',
      consecutiveFailures: 1,
      brokenSince: null,
      becameBroken: false,
    });
  });
});

describe('the weekly sweep slot', () => {
  it('is due on Sundays (UTC) only, named after the day', () => {
    expect(linkSweepSlot(new Date('2026-12-06T00:00:30Z'))).toBe('links@2026-12-06');
    expect(linkSweepSlot(new Date('2026-12-06T23:59:00Z'))).toBe('links@2026-12-06');
    expect(linkSweepSlot(new Date('2026-12-05T23:59:00Z'))).toBeNull();
    expect(linkSweepSlot(new Date('2026-12-07T00:00:00Z'))).toBeNull();
  });
});

describe('batches of a sweep', () => {
  const item = (url: string) => ({ url });

  it('never split a host, and fill up to the size otherwise', () => {
    const items = [
      item('https://a.org/1'),
      item('https://b.org/1'),
      item('https://A.org/2'),
      item('https://c.org/1'),
      item('https://a.org/3'),
    ];
    const batches = batchByHost(items, 3);
    expect(batches.map((batch) => batch.map((entry) => entry.url))).toEqual([
      ['https://a.org/1', 'https://A.org/2', 'https://a.org/3'],
      ['https://b.org/1', 'https://c.org/1'],
    ]);
    const hosts = batches.map((batch) => new Set(batch.map((entry) => hostOf(entry.url))));
    expect([...hosts[0]].some((host) => hosts[1].has(host))).toBe(false);
  });

  it('keep a host bigger than the size whole, in one batch', () => {
    const items = [item('https://b.org/1'), ...[1, 2, 3, 4].map((n) => item(`https://big.org/${n}`))];
    expect(batchByHost(items, 2).map((batch) => batch.length)).toEqual([1, 4]);
  });

  it('are none when nothing has a link', () => {
    expect(batchByHost([], 10)).toEqual([]);
  });
});
