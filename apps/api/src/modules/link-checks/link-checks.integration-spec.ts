import http from 'node:http';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { FixedClock } from '../../../test/fixed-clock';
import { makeMember, makeResource, signInAs, type MadeMember } from '../../../test/factories';
import { FixtureServer, startFixtureServer } from '../../../test/link-fixtures';
import { JobScheduler } from '../jobs/job-scheduler.service';
import { LinkChecksService } from './link-checks.service';

const STATUS = `query($slug: String!) { resource(slug: $slug) { linkStatus { broken brokenSince ok reason httpStatus } } }`;
const BROKEN = `query($first: Int, $after: String) {
  brokenLinks(first: $first, after: $after) {
    items { url resource { slug } contributor { slug } status { broken brokenSince reason httpStatus } }
    hasMore endCursor
  }
}`;

interface Status {
  broken: boolean;
  brokenSince: string | null;
  ok: boolean;
  reason: string | null;
  httpStatus: number | null;
}
interface BrokenPage {
  brokenLinks: {
    items: { url: string; resource: { slug: string }; contributor: { slug: string } | null; status: Status }[];
    hasMore: boolean;
    endCursor: string | null;
  };
}

const HOST_DELAY_MS = 150;
// Sundays (UTC): the weekly sweep is due.
const SUNDAYS = ['2026-12-06T03:00:00Z', '2026-12-13T03:00:00Z', '2026-12-20T03:00:00Z', '2026-12-27T03:00:00Z'];

/**
 * A route that answers after `ms`, recording when each request reached it and when it answered, and how many were in
 * flight at once.
 */
function slowRoute(log: { starts: number[]; ends: number[]; inFlight: number; maxInFlight: number }, ms = 60) {
  return (_request: http.IncomingMessage, response: http.ServerResponse) => {
    log.starts.push(Date.now());
    log.inFlight += 1;
    log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
    setTimeout(() => {
      log.inFlight -= 1;
      log.ends.push(Date.now());
      response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    }, ms);
  };
}

describe('The weekly broken-link check (real PostgreSQL, fixture web servers)', () => {
  let api: TestApi;
  let fixture: FixtureServer;
  let loopback: FixtureServer;
  let contributor: MadeMember;
  let member: MadeMember;
  let coordinator: MadeMember;
  const clock = new FixedClock(SUNDAYS[0]);
  const politeness = { starts: [] as number[], ends: [] as number[], inFlight: 0, maxInFlight: 0 };
  const made: Record<string, { id: string; slug: string }> = {};

  const status = async (slug: string) =>
    (await api.gql<{ resource: { linkStatus: Status | null } }>(STATUS, { slug })).data!.resource.linkStatus;
  const notifications = async (resourceId: string) =>
    Number(
      (
        await api.dataSource.query(
          `SELECT count(*)::int AS n FROM notifications WHERE kind = 'link_broken' AND resource_id = $1 AND recipient_id = $2`,
          [resourceId, contributor.id],
        )
      )[0].n,
    );
  async function sweep(at: string): Promise<void> {
    clock.set(at);
    expect(await api.app.get(JobScheduler).tick(clock.now())).toBeGreaterThanOrEqual(1);
    await api.settleJobs();
  }

  beforeAll(async () => {
    fixture = await startFixtureServer();
    // A real server on 127.0.0.1: the guard must refuse it, so it must never see a request.
    loopback = await startFixtureServer('127.0.0.1');
    loopback.routes.set('/secret', (_request, response) => response.writeHead(200).end('secret'));
    fixture.routes.set('/toujours-la', (_request, response) => response.writeHead(200).end());
    // Fine in week 1, down in week 2, back in week 3: dead once only.
    fixture.routes.set('/flaky', (_request, response) => response.writeHead(200).end());
    fixture.routes.set('/pas-de-head', (request, response) =>
      response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
    );
    fixture.routes.set('/poli-1', slowRoute(politeness));
    fixture.routes.set('/poli-2', slowRoute(politeness));
    fixture.routes.set('/poli-3', slowRoute(politeness));
    api = await startTestApi({
      indexer: false,
      clock,
      env: {
        LINK_FETCH_ALLOW_ADDRESSES: '127.0.0.2',
        LINK_CHECK_SCHEDULED: 'true',
        LINK_CHECK_HOST_DELAY_MS: String(HOST_DELAY_MS),
        LINK_CHECK_TIMEOUT_MS: '3000',
        LINK_CHECK_BATCH_SIZE: '2',
      },
    });
    await api.seedDemo();
    // The demo's links are real sites: this suite checks only its own fixture links.
    await api.dataSource.query(`UPDATE resources SET url = NULL`);
    contributor = await makeMember(api);
    member = await makeMember(api);
    coordinator = await makeMember(api, { role: 'coordinator' });
    const make = async (key: string, url: string) => {
      made[key] = await makeResource(api, { title: `Lien ${key}`, url, contributor, visibility: 'network' });
    };
    await make('dead', `${fixture.origin}/disparu`);
    await make('flaky', `${fixture.origin}/flaky`);
    await make('fine', `${fixture.origin}/toujours-la`);
    await make('noHead', `${fixture.origin}/pas-de-head`);
    await make('private', `http://127.0.0.1:${loopback.port}/secret`);
    await make('polite1', `${fixture.origin}/poli-1`);
    await make('polite2', `${fixture.origin}/poli-2`);
    await make('polite3', `${fixture.origin}/poli-3`);
  });
  afterAll(async () => {
    await api.close();
    await fixture.close();
    await loopback.close();
  });

  it('week 1: a dead link is counted but not flagged yet; a live one (HEAD refused, GET fine) is OK', async () => {
    await sweep(SUNDAYS[0]);
    await signInAs(api, member);
    expect(await status(made.dead.slug)).toEqual({
      broken: false,
      brokenSince: null,
      ok: false,
      reason: 'HTTP_STATUS',
      httpStatus: 404,
    });
    expect(await status(made.fine.slug)).toMatchObject({ broken: false, ok: true, httpStatus: 200 });
    expect(await status(made.noHead.slug)).toMatchObject({ broken: false, ok: true, httpStatus: 200 });
    expect(fixture.hits.filter((hit) => hit === '/pas-de-head')).toHaveLength(2);
    expect(await notifications(made.dead.id)).toBe(0);
  });

  it('a URL on 127.0.0.1 counts as dead with its reason and is never fetched', async () => {
    await signInAs(api, member);
    expect(await status(made.private.slug)).toEqual({
      broken: false,
      brokenSince: null,
      ok: false,
      reason: 'PRIVATE_ADDRESS',
      httpStatus: null,
    });
    expect(loopback.hits).toEqual([]);
  });

  it('a host is never asked twice at once, and has the whole delay between answering and the next request', () => {
    // Three links on one host, in batches of 2: the host is not split, its requests go one by one.
    expect(politeness.starts).toHaveLength(3);
    expect(politeness.maxInFlight).toBe(1);
    // As the host's clock sees it (the fixture shares the test's clock): no tolerance.
    const pauses = politeness.starts.slice(1).map((start, index) => start - politeness.ends[index]);
    for (const pause of pauses) expect(pause).toBeGreaterThanOrEqual(HOST_DELAY_MS);
  });

  it('a retried or repeated sweep of the same week counts nothing twice', async () => {
    const hits = fixture.hits.length;
    const service = api.app.get(LinkChecksService);
    await service.checkBatch('links@2026-12-06', [made.dead.id, made.fine.id]);
    expect(fixture.hits.length).toBe(hits);
    const [row] = await api.dataSource.query(`SELECT consecutive_failures FROM link_checks WHERE resource_id = $1`, [
      made.dead.id,
    ]);
    expect(row.consecutive_failures).toBe(1);
  });

  it('week 2: dead twice in a row → flagged since this check, its contributor told once; dead once → not flagged', async () => {
    fixture.routes.set('/flaky', (_request, response) => response.writeHead(503).end());
    await sweep(SUNDAYS[1]);
    await signInAs(api, member);
    expect(await status(made.dead.slug)).toEqual({
      broken: true,
      brokenSince: SUNDAYS[1].replace('Z', '.000Z'),
      ok: false,
      reason: 'HTTP_STATUS',
      httpStatus: 404,
    });
    expect(await status(made.flaky.slug)).toMatchObject({ broken: false, ok: false, httpStatus: 503 });
    expect(await notifications(made.dead.id)).toBe(1);
    expect(await notifications(made.flaky.id)).toBe(0);
    // The contributor reads it in their notifications, about the resource, from no one in particular.
    await signInAs(api, contributor);
    const listed = await api.gql<{
      notifications: { items: { kind: string; actor: unknown; resource: { slug: string } | null }[] };
    }>(`{ notifications(first: 20) { items { kind actor { slug } resource { slug } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.notifications.items.filter((item) => item.kind === 'LINK_BROKEN')).toEqual(
      expect.arrayContaining([{ kind: 'LINK_BROKEN', actor: null, resource: { slug: made.dead.slug } }]),
    );
  });

  it('lists broken links for curators only, paged', async () => {
    await signInAs(api, coordinator);
    const page = await api.gql<BrokenPage>(BROKEN, { first: 1 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.brokenLinks.items).toHaveLength(1);
    expect(page.data!.brokenLinks.hasMore).toBe(true);
    const next = await api.gql<BrokenPage>(BROKEN, { first: 1, after: page.data!.brokenLinks.endCursor });
    expect(next.data!.brokenLinks.hasMore).toBe(false);
    // The loopback link is dead twice too by now: both were flagged by the same check.
    const items = [...page.data!.brokenLinks.items, ...next.data!.brokenLinks.items];
    expect(items.map((item) => item.resource.slug).sort()).toEqual([made.dead.slug, made.private.slug].sort());
    expect(items.find((item) => item.resource.slug === made.dead.slug)).toMatchObject({
      url: `${fixture.origin}/disparu`,
      contributor: { slug: contributor.slug },
      status: { broken: true, reason: 'HTTP_STATUS', httpStatus: 404 },
    });

    await signInAs(api, member);
    expect((await api.gql(BROKEN, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await signInAs(api, contributor);
    expect((await api.gql(BROKEN, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    api.signOut();
    expect((await api.gql(BROKEN, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('week 3: still dead → still flagged since week 2, not told again; back to 200 → cleared', async () => {
    fixture.routes.set('/flaky', (_request, response) => response.writeHead(200).end());
    await sweep(SUNDAYS[2]);
    await signInAs(api, member);
    expect(await status(made.dead.slug)).toMatchObject({ broken: true, brokenSince: SUNDAYS[1].replace('Z', '.000Z') });
    expect(await notifications(made.dead.id)).toBe(1);
    expect(await status(made.flaky.slug)).toMatchObject({ broken: false, ok: true });

    fixture.routes.set('/disparu', (_request, response) => response.writeHead(200).end());
    await sweep(SUNDAYS[3]);
    expect(await status(made.dead.slug)).toEqual({
      broken: false,
      brokenSince: null,
      ok: true,
      reason: null,
      httpStatus: 200,
    });
    await signInAs(api, coordinator);
    const page = await api.gql<BrokenPage>(BROKEN, {});
    expect(page.data!.brokenLinks.items.map((item) => item.resource.slug)).toEqual([made.private.slug]);
  });

  it('a changed address drops the old result', async () => {
    await api.dataSource.query(`UPDATE resources SET url = $2 WHERE id = $1`, [
      made.private.id,
      `${fixture.origin}/neuf`,
    ]);
    await signInAs(api, member);
    expect(await status(made.private.slug)).toBeNull();
    await signInAs(api, coordinator);
    expect((await api.gql<BrokenPage>(BROKEN, {})).data!.brokenLinks.items).toEqual([]);
  });
});
