import { createServer } from 'node:net';
import { TestApi, startTestApi } from '../../test/api-harness';
import { MIGRATIONS } from '../database/migrations';
import { AppLogger } from './app-logger';

/** The newest migration this version has (by its timestamp, as TypeORM orders them). */
const LAST_MIGRATION = MIGRATIONS.map((migration) => new migration().name ?? migration.name).sort(
  (a, b) => Number(a.slice(-13)) - Number(b.slice(-13)),
)[MIGRATIONS.length - 1];

const TOKEN = 'metrics-token-for-the-test-0123456789';
const ADMIN = 'admin@example.org';
const MEMBER = 'claire.mounier@example.org';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One series' value in the Prometheus text format (the sum when several label sets match). */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let found: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const set = match[2] ?? '';
    if (!Object.entries(labels).every(([key, wanted]) => set.includes(`${key}="${wanted}"`))) continue;
    found = (found ?? 0) + Number(match[3]);
  }
  return found;
}

describe('Operating the API: health probes, request logs, Prometheus metrics, the service status', () => {
  let api: TestApi;
  let origin: string;
  const lines: Record<string, unknown>[] = [];
  let restoreStdout: () => void;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(api.cookie ? { cookie: api.cookie } : {}), ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    api = await startTestApi({ env: { METRICS_TOKEN: TOKEN } });
    origin = new URL(api.url).origin;
    await api.seedDemo();
    // The production logger, its lines captured where it writes them.
    api.app.useLogger(new AppLogger('json', 'info'));
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      for (const line of String(chunk).split('\n')) {
        if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
    restoreStdout = () => (process.stdout.write = write);
  });

  afterAll(async () => {
    restoreStdout?.();
    await api?.close();
  });

  it('/health/live answers while the process runs; /health/ready once both stores answer and migrations are applied', async () => {
    const live = await fetch(`${origin}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      problems: [],
      database: 'up',
      search: 'up',
      pendingMigrations: 0,
    });
  });

  it('a sign-in request writes one JSON line with its request id, operation, status and duration, and no secret', async () => {
    const password = 'culture-commune-demo';
    const response = await post(
      {
        query:
          'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
        variables: { email: ADMIN, password },
      },
      { 'x-request-id': 'sign-in-request-0001' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('sign-in-request-0001');
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('cc_session='))!;
    expect(cookie).toBeTruthy();
    const line = lines.find((entry) => entry.requestId === 'sign-in-request-0001' && entry.message === 'request');
    expect(line).toMatchObject({
      level: 'log',
      context: 'HTTP',
      method: 'POST',
      route: '/graphql',
      operation: 'SignIn',
      status: 200,
    });
    expect(typeof line!.durationMs).toBe('number');
    const text = JSON.stringify(lines.filter((entry) => entry.requestId === 'sign-in-request-0001'));
    expect(text).not.toContain(ADMIN);
    expect(text).not.toContain(password);
    expect(text).not.toContain(cookie.split(';')[0].split('=')[1]);
    expect(text).not.toMatch(/cookie|authorization/i);
  });

  it('a signed-in request names its actor by id; a malformed X-Request-Id is replaced by a generated one', async () => {
    await api.signIn(MEMBER);
    const response = await post({ query: 'query Viewer { viewer { id } }' }, { 'x-request-id': 'bad id with spaces' });
    const { data } = (await response.json()) as { data: { viewer: { id: string } } };
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((entry) => entry.requestId === requestId && entry.message === 'request');
    expect(line).toMatchObject({ operation: 'Viewer', actorId: data.viewer.id, status: 200 });
  });

  it('the jobs a request enqueued log with that request’s id', async () => {
    api.signOut();
    const response = await post(
      {
        query: 'mutation Reset($email: String!) { requestPasswordReset(email: $email) }',
        variables: { email: MEMBER },
      },
      { 'x-request-id': 'password-reset-0001' },
    );
    expect(response.status).toBe(200);
    await api.settleJobs();
    // The reset job, and the mail job it enqueued in turn, carry the request's id.
    const jobs: { queue: string }[] = await api.dataSource.query(
      `SELECT queue FROM jobs WHERE request_id = 'password-reset-0001' ORDER BY id`,
    );
    expect(jobs.map((job) => job.queue)).toEqual(['password-reset', 'mail']);
    const jobLines = lines.filter((entry) => entry.requestId === 'password-reset-0001' && entry.message === 'job done');
    expect(jobLines.map((entry) => [entry.context, entry.queue])).toEqual([
      ['Jobs', 'password-reset'],
      ['Jobs', 'mail'],
    ]);
    expect(JSON.stringify(lines.filter((entry) => entry.requestId === 'password-reset-0001'))).not.toContain(MEMBER);
  });

  it('/metrics is refused without the token, and holds every series with sane values after some requests', async () => {
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${origin}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-the-same-size!!!!!!' } }))
        .status,
    ).toBe(401);

    await post({ query: 'query Viewer { viewer { id } }' });
    await post({ query: 'query Broken { nothingHere }' });
    await post({
      query: 'query Quick($q: String!) { quickSearch(q: $q) { hits { __typename } } }',
      variables: { q: 'radio' },
    });
    await api.dataSource.query(
      `INSERT INTO jobs (queue, payload, run_after) VALUES ('nobody-runs-this', '{}', now() - interval '1 minute')`,
    );

    const response = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();

    expect(
      value(text, 'cc_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' }),
    ).toBeGreaterThanOrEqual(5);
    expect(value(text, 'cc_http_request_duration_seconds_count', { route: '/health/ready' })).toBeGreaterThanOrEqual(1);
    expect(
      value(text, 'cc_graphql_operation_duration_seconds_count', { operation: 'Viewer', type: 'query' }),
    ).toBeGreaterThanOrEqual(2);
    expect(value(text, 'cc_graphql_operation_duration_seconds_sum', { operation: 'SignIn' })).toBeGreaterThan(0);
    expect(value(text, 'cc_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(
      value(text, 'cc_postgres_query_duration_seconds_count', { command: 'SELECT', outcome: 'ok' }),
    ).toBeGreaterThan(10);
    expect(
      value(text, 'cc_meilisearch_request_duration_seconds_count', { method: 'multiSearch', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(text, 'cc_mails_total', { outcome: 'sent' })).toBeGreaterThanOrEqual(1);
    expect(value(text, 'cc_outbox_pending_events')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'cc_index_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'cc_jobs', { queue: 'nobody-runs-this', state: 'due' })).toBe(1);
    expect(value(text, 'cc_jobs_oldest_due_age_seconds', { queue: 'nobody-runs-this' })).toBeGreaterThanOrEqual(59);
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(value(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    // Never a raw path or an unbounded label.
    expect(text).not.toMatch(/route="\/(ressources|membres)\//);
    await api.dataSource.query(`DELETE FROM jobs WHERE queue = 'nobody-runs-this'`);
  });

  it('without METRICS_TOKEN /metrics does not exist; METRICS_PORT serves it on an internal port; /health/ready names what is wrong', async () => {
    const port = await freePort();
    const closed = await freePort();
    const replica = await startTestApi({
      shareWith: api,
      meiliUrl: `http://127.0.0.1:${closed}`,
      env: { METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1', READY_MAX_JOB_BACKLOG: '1' },
    });
    try {
      const replicaOrigin = new URL(replica.url).origin;
      expect((await fetch(`${replicaOrigin}/metrics`)).status).toBe(404);
      const internal = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(internal.status).toBe(200);
      expect(await internal.text()).toContain('cc_http_request_duration_seconds');

      await api.dataSource.query(
        `INSERT INTO jobs (queue, payload) VALUES ('nobody-runs-this', '{}'), ('nobody-runs-this', '{}')`,
      );
      const ready = await fetch(`${replicaOrigin}/health/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { ready: boolean; search: string; problems: string[] };
      expect(body).toMatchObject({ ready: false, search: 'down', database: 'up' });
      expect(body.problems).toEqual([
        'Meilisearch ne répond pas.',
        '2 tâche(s) dues en attente (seuil READY_MAX_JOB_BACKLOG : 1).',
      ]);
      expect((await fetch(`${replicaOrigin}/health/live`)).status).toBe(200);
    } finally {
      await api.dataSource.query(`DELETE FROM jobs WHERE queue = 'nobody-runs-this'`);
      await replica.close();
    }
  });

  it('an admin reads the service status (index lag, queues, last backup, versions); others are refused', async () => {
    const query = `query ServiceStatus { serviceStatus { indexLagSeconds outboxPending pendingMigrations
      jobQueues { queue due scheduled running failed oldestDueAgeSeconds }
      lastBackup { completedAt archive sizeBytes }
      versions { app postgres meilisearch lastMigration } } }`;
    await api.signIn(MEMBER, undefined, { reuse: true });
    expect((await api.gql(query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await api.signIn(ADMIN, undefined, { reuse: true });
    const before = await api.gql<{ serviceStatus: Record<string, unknown> }>(query);
    expect(before.errors).toBeUndefined();
    expect(before.data!.serviceStatus).toMatchObject({
      pendingMigrations: 0,
      lastBackup: null,
      versions: {
        app: expect.stringMatching(/^\d+\.\d+\.\d+/),
        postgres: expect.stringMatching(/^\d+/),
        meilisearch: expect.stringMatching(/^1\.\d+/),
        lastMigration: LAST_MIGRATION,
      },
    });
    expect(before.data!.serviceStatus.indexLagSeconds).toBeGreaterThanOrEqual(0);

    await api.dataSource.query(
      `INSERT INTO audit_log (action, subject, details) VALUES ('backup.completed', 'sauvegarde', $1)`,
      [{ archive: 'culture-commune-2026-12-04.tar', sizeBytes: 1234 }],
    );
    const after = await api.gql<{ serviceStatus: { lastBackup: Record<string, unknown> } }>(query);
    expect(after.data!.serviceStatus.lastBackup).toMatchObject({
      archive: 'culture-commune-2026-12-04.tar',
      sizeBytes: 1234,
    });
  });
});
