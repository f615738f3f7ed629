import { request } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { TestApi, eventually, startTestApi } from '../test/api-harness';
import { ServerProcess, freePort, startServerProcess } from '../test/server-process';

interface Outcome {
  id: string;
  sentAt: number;
  endedAt: number;
  /** 'ok': 200 with data and no error; 'failed': any other answer; 'refused' / 'reset': no answer (see below). */
  result: 'ok' | 'failed' | 'refused' | 'reset';
  detail?: string;
}

const QUERY = JSON.stringify({
  query: 'query Quick($q: String!) { quickSearch(q: $q) { hits { __typename } } }',
  variables: { q: 'radio' },
});

/** One GraphQL request on a connection of its own (as many clients behind a balancer do). */
function send(origin: string, id: string): Promise<Outcome> {
  const sentAt = Date.now();
  return new Promise((resolve) => {
    const req = request(
      `${origin}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'x-request-id': id, connection: 'close' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          const fine = res.statusCode === 200 && body.includes('"quickSearch"') && !body.includes('"errors"');
          resolve({
            id,
            sentAt,
            endedAt: Date.now(),
            result: fine ? 'ok' : 'failed',
            detail: `${res.statusCode} ${body}`,
          });
        });
        res.on('error', (error) =>
          resolve({ id, sentAt, endedAt: Date.now(), result: 'failed', detail: error.message }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({
        id,
        sentAt,
        endedAt: Date.now(),
        result: error.code === 'ECONNREFUSED' ? 'refused' : 'reset',
        detail: error.code ?? error.message,
      }),
    );
    req.end(QUERY);
  });
}

/** An SMTP server that accepts connections and never greets: a mail job stays running until it is released. */
async function silentSmtp(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('Graceful shutdown: SIGTERM during a load', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof silentSmtp>>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    // This process only prepares the data: its own worker must not take the jobs.
    api = await startTestApi({ env: { JOBS_WORKER: 'false' } });
    await api.seedDemo();
    smtp = await silentSmtp();
  });

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await smtp?.close();
    await api?.close();
  });

  it('finishes every accepted request, releases its claimed jobs at once and exits 0', async () => {
    server = await startServerProcess({
      ...api.env,
      LOG_LEVEL: 'debug',
      SMTP_URL: smtp.url,
      JOBS_POLL_MS: '100',
      JOBS_SHUTDOWN_GRACE_MS: '300',
      SHUTDOWN_TIMEOUT_MS: '10000',
    });
    const { origin, lines, exited } = server;
    await api.dataSource.query(
      `INSERT INTO jobs (queue, payload, max_attempts)
       SELECT 'mail', jsonb_build_object('to', 'personne' || n || '@example.org', 'subject', 'Essai', 'text', 'Bonjour'), 5
       FROM generate_series(1, 3) AS n`,
    );
    const held = () =>
      api.dataSource.query(
        `SELECT state, attempts, locked_by FROM jobs WHERE queue = 'mail' AND payload->>'subject' = 'Essai' ORDER BY id`,
      ) as Promise<{ state: string; attempts: number; locked_by: string | null }[]>;
    await eventually(async () => (await held()).every((job) => job.state === 'running'));

    let exitedYet = false;
    void exited.then(() => (exitedYet = true));
    const outcomes: Outcome[] = [];
    let counter = 0;
    const client = async () => {
      while (!exitedYet) {
        counter += 1;
        outcomes.push(await send(origin, `load-${String(counter).padStart(6, '0')}`));
      }
    };
    const clients = Array.from({ length: 8 }, () => client());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sigtermAt = Date.now();
    server.child.kill('SIGTERM');
    const code = await exited;
    await Promise.all(clients);

    // Accepted: the server recorded the request's arrival (debug line) — the others never reached the application.
    const received = new Set(lines.filter((line) => line.message === 'request received').map((line) => line.requestId));
    const accepted = outcomes.filter((outcome) => received.has(outcome.id));
    const failedAccepted = accepted.filter((outcome) => outcome.result !== 'ok');
    const inFlightAtSigterm = accepted.filter((outcome) => outcome.sentAt < sigtermAt && outcome.endedAt > sigtermAt);
    const notAccepted = outcomes.filter((outcome) => !received.has(outcome.id));
    console.log(
      `Arrêt sous charge : ${outcomes.length} requêtes, ${accepted.length} acceptées (dont ${inFlightAtSigterm.length} en cours au SIGTERM), ` +
        `${failedAccepted.length} acceptées en échec, ${notAccepted.length} non acceptées ` +
        `(${notAccepted.filter((o) => o.result === 'refused').length} refusées, ${notAccepted.filter((o) => o.result === 'reset').length} coupées avant acceptation) ; ` +
        `arrêt en ${Date.now() - sigtermAt} ms.`,
    );
    expect(code).toBe(0);
    expect(accepted.length).toBeGreaterThan(10);
    expect(inFlightAtSigterm.length).toBeGreaterThan(0);
    expect(failedAccepted.map((outcome) => `${outcome.id}: ${outcome.result} ${outcome.detail}`)).toEqual([]);

    // The mail jobs it held are back in the queue at once, their interrupted attempt not counted.
    expect(await held()).toEqual([
      { state: 'pending', attempts: 0, locked_by: null },
      { state: 'pending', attempts: 0, locked_by: null },
      { state: 'pending', attempts: 0, locked_by: null },
    ]);
    expect(lines.some((line) => line.context === 'Jobs' && /3 tâche\(s\) rendue\(s\)/.test(String(line.message)))).toBe(
      true,
    );
    server = undefined;
  });
});
