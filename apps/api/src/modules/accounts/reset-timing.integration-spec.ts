import { AddressInfo, createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import { TestApi, eventually, startTestApi } from '../../../test/api-harness';

const KNOWN = 'sophie.reynaud@example.org';
const SAMPLES = 15;
const SMTP_DELAY_MS = 150;

/** A real SMTP server that takes SMTP_DELAY_MS to answer each step of a conversation. */
async function slowSmtp() {
  const recipients: string[] = [];
  const later = (callback: () => void) => setTimeout(callback, SMTP_DELAY_MS);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onConnect: (_session, callback) => later(() => callback()),
    onMailFrom: (_address, _session, callback) => later(() => callback()),
    onRcptTo: (address, _session, callback) => later(() => (recipients.push(address.address), callback())),
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => later(() => callback()));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    recipients,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An SMTP_URL where nothing listens: a port taken, then released. */
async function deadSmtpUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Two-sided Mann–Whitney U test, normal approximation with tie correction and continuity correction. */
export function mannWhitney(a: number[], b: number[]): { u: number; p: number } {
  const all = [...a.map((value) => ({ value, group: 0 })), ...b.map((value) => ({ value, group: 1 }))].sort(
    (x, y) => x.value - y.value,
  );
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].value === all[i].value) j += 1;
    for (let k = i; k <= j; k += 1) ranks[k] = (i + j) / 2 + 1;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  const r1 = all.reduce((sum, entry, index) => (entry.group === 0 ? sum + ranks[index] : sum), 0);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.min(u1, n1 * n2 - u1);
  const mean = (n1 * n2) / 2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (sd === 0) return { u, p: 1 };
  const z = (Math.abs(u - mean) - 0.5) / sd;
  return { u, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))) };
}

function normalCdf(z: number): number {
  // Abramowitz & Stegun 26.2.17, |error| < 7.5e-8.
  const t = 1 / (1 + 0.2316419 * z);
  const d = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return 1 - d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
}

describe('Mann–Whitney U', () => {
  it('matches known values', () => {
    // Identical samples: no evidence of a difference.
    expect(mannWhitney([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]).p).toBeCloseTo(1, 5);
    // Fully separated samples of 15: U = 0, p ≈ 3.3e-6 (normal approximation).
    const low = Array.from({ length: 15 }, (_, i) => i);
    const high = low.map((value) => value + 100);
    const { u, p } = mannWhitney(low, high);
    expect(u).toBe(0);
    expect(p).toBeLessThan(1e-5);
  });
});

async function measure(api: TestApi) {
  const times = { known: [] as number[], unknown: [] as number[] };
  const ask = async (email: string) => {
    await api.dataSource.query(`DELETE FROM rate_limits`);
    const started = performance.now();
    const answer = await api.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email });
    const elapsed = performance.now() - started;
    expect(answer).toEqual({ data: { requestPasswordReset: true } });
    return elapsed;
  };
  // Warm up both paths (query plans, connections), not measured.
  for (let i = 0; i < 3; i += 1) {
    await ask(KNOWN);
    await ask(`chauffe-${i}@example.org`);
  }
  await resetsHandled(api);
  const [{ since }] = await api.dataSource.query(`SELECT now() AS since`);
  for (let i = 0; i < SAMPLES; i += 1) {
    // Interleaved, alternating which goes first, so that drift affects both alike.
    const unknown = `personne-${i}@example.org`;
    if (i % 2) {
      times.known.push(await ask(KNOWN));
      times.unknown.push(await ask(unknown));
    } else {
      times.unknown.push(await ask(unknown));
      times.known.push(await ask(KNOWN));
    }
  }
  const known = median(times.known);
  const unknown = median(times.unknown);
  const { p } = mannWhitney(times.known, times.unknown);
  return { known, unknown, p, since: since as Date };
}

/** The worker has looked at every reset request. */
const resetsHandled = (api: TestApi) =>
  eventually(async () => {
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM jobs WHERE queue = 'password-reset' AND state IN ('pending', 'running')`,
    );
    return n === 0;
  });

async function expectIndistinguishable(api: TestApi, label: string) {
  const { known, unknown, p, since } = await measure(api);
  console.log(
    `${label}: median known ${known.toFixed(2)} ms, unknown ${unknown.toFixed(2)} ms, Mann–Whitney p = ${p.toFixed(3)}`,
  );
  expect(Math.abs(known - unknown)).toBeLessThan(25);
  expect(p).toBeGreaterThan(0.01);
  // Every request queued the same job; once the worker has looked at them, only the known address has mail queued.
  await resetsHandled(api);
  const [{ requests }] = await api.dataSource.query(
    `SELECT count(*)::int AS requests FROM jobs WHERE queue = 'password-reset' AND created_at >= $1`,
    [since],
  );
  expect(requests).toBe(2 * SAMPLES);
  const mails: { to: string | null; state: string }[] = await api.dataSource.query(
    `SELECT payload->>'to' AS to, state FROM jobs WHERE queue = 'mail' AND created_at >= $1`,
    [since],
  );
  expect(mails).toHaveLength(SAMPLES);
  // A delivered mail's payload is emptied; the others still name their recipient.
  expect(mails.every((mail) => (mail.state === 'done' ? mail.to === null : mail.to === KNOWN))).toBe(true);
  return mails;
}

describe('Password reset requests do not reveal which addresses have an account', () => {
  it('with an SMTP server that answers slowly: same answer, same time; only the known address gets mail', async () => {
    const smtp = await slowSmtp();
    const api = await startTestApi({ indexer: false, env: { SMTP_URL: smtp.url } });
    try {
      await api.seedDemo();
      await expectIndistinguishable(api, 'SMTP lent');
      // The slow server does get every mail for the known address (3 warming up, then SAMPLES), and none other.
      await eventually(async () => smtp.recipients.length >= 3 + SAMPLES, 60_000);
      expect(smtp.recipients.every((address) => address === KNOWN)).toBe(true);
    } finally {
      await api.close();
      await smtp.close();
    }
  }, 120_000);

  it('with no SMTP server at all: same answer, same time; the known address’s mail waits in the queue', async () => {
    const api = await startTestApi({ indexer: false, env: { SMTP_URL: await deadSmtpUrl() } });
    try {
      await api.seedDemo();
      const mails = await expectIndistinguishable(api, 'SMTP absent');
      expect(mails.every(({ state }) => ['pending', 'running', 'failed'].includes(state))).toBe(true);
    } finally {
      await api.close();
    }
  }, 120_000);
});
