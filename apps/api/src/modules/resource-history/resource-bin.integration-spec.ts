import { TestApi, startTestApi } from '../../../test/api-harness';
import { DAY_MS, FixedClock } from '../../../test/fixed-clock';
import { makeMember, makeReadingList, signInAs, type MadeMember } from '../../../test/factories';
import { JobScheduler } from '../jobs/job-scheduler.service';

const CREATE = `mutation($input: ResourceInput!) { createResource(input: $input) { id slug } }`;
const DELETE = `mutation($slug: String!) { deleteResource(slug: $slug) }`;
const RESOURCE = `query($slug: String!) { resource(slug: $slug) { slug title } }`;
const LATEST = `{ resources(pageSize: 50) { items { slug } } }`;
const SEARCH = `query($q: String!) { search(input: { q: $q }) { total hits { resource { slug } } } }`;
const BIN = `{ resourceBin { retentionDays items { slug title type deletedAt purgeAt deletedBy { slug } } } }`;
const RESTORE = `mutation($slug: String!) { restoreResource(slug: $slug) { slug title } }`;
const LIST = `query($slug: String!) { readingList(slug: $slug) { items { availability titleSnapshot resource { slug } } } }`;

interface Bin {
  resourceBin: {
    retentionDays: number;
    items: { slug: string; title: string; deletedAt: string; purgeAt: string; deletedBy: { slug: string } | null }[];
  };
}

const draft = (title: string) => ({
  type: 'lecture',
  format: 'article',
  title,
  summary: 'Une ressource que l’on mettra à la corbeille.',
  authors: [],
  language: 'fr',
  visibility: 'public',
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [],
});

describe('The bin: deleted resources wait 30 days, curators restore them (real PostgreSQL and Meilisearch)', () => {
  let api: TestApi;
  let contributor: MadeMember;
  let member: MadeMember;
  let coordinator: MadeMember;
  // A Wednesday: no weekly digest is due when the scheduler ticks.
  const clock = new FixedClock('2026-12-02T10:00:00Z');

  const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
  const searchSlugs = async (q: string) =>
    (await api.gql<{ search: { hits: { resource: { slug: string } }[] } }>(SEARCH, { q })).data!.search.hits.map(
      (hit) => hit.resource.slug,
    );
  const latestSlugs = async () =>
    (await api.gql<{ resources: { items: { slug: string }[] } }>(LATEST)).data!.resources.items.map(
      (item) => item.slug,
    );
  async function share(title: string): Promise<{ id: string; slug: string }> {
    await signInAs(api, contributor);
    const created = await api.gql<{ createResource: { id: string; slug: string } }>(CREATE, { input: draft(title) });
    if (created.errors) throw new Error(created.errors[0].message);
    await api.drain();
    return created.data!.createResource;
  }

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
    contributor = await makeMember(api);
    member = await makeMember(api);
    coordinator = await makeMember(api, { role: 'coordinator' });
  });
  afterAll(() => api.close());

  it('a deleted resource leaves search, its page, lists and reading lists; restored, it is back everywhere', async () => {
    const resource = await share('Les ornithorynques du web');
    const list = await makeReadingList(api, { curatorId: member.id, resourceIds: [resource.id] });
    expect(await searchSlugs('ornithorynques')).toEqual([resource.slug]);

    expect((await api.gql(DELETE, { slug: resource.slug })).data).toEqual({ deleteResource: true });
    await api.drain();
    // The total comes from the index: the document is really gone.
    expect((await api.gql<{ search: { total: number } }>(SEARCH, { q: 'ornithorynques' })).data!.search.total).toBe(0);
    expect(code(await api.gql(RESOURCE, { slug: resource.slug }))).toBe('NOT_FOUND');
    expect(await latestSlugs()).not.toContain(resource.slug);
    await signInAs(api, member);
    const inList = (await api.gql<{ readingList: { items: unknown[] } }>(LIST, { slug: list.slug })).data!.readingList;
    expect(inList.items).toEqual([
      { availability: 'DELETED', titleSnapshot: 'Les ornithorynques du web', resource: null },
    ]);
    // Its address stays reserved: a new resource with the same title gets another one.
    const again = await api.gql<{ createResource: { slug: string } }>(CREATE, {
      input: draft('Les ornithorynques du web'),
    });
    expect(again.data!.createResource.slug).not.toBe(resource.slug);
    await api.gql(DELETE, { slug: again.data!.createResource.slug });

    await signInAs(api, coordinator);
    const bin = (await api.gql<Bin>(BIN)).data!.resourceBin;
    expect(bin.retentionDays).toBe(30);
    const binned = bin.items.find((item) => item.slug === resource.slug)!;
    expect(binned).toMatchObject({ title: 'Les ornithorynques du web', deletedBy: { slug: contributor.slug } });
    expect(binned.deletedAt).toBe('2026-12-02T10:00:00.000Z');
    expect(binned.purgeAt).toBe('2027-01-01T10:00:00.000Z');

    const restored = await api.gql<{ restoreResource: { slug: string } }>(RESTORE, { slug: resource.slug });
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreResource.slug).toBe(resource.slug);
    await api.drain();
    expect(await searchSlugs('ornithorynques')).toEqual([resource.slug]);
    expect((await api.gql<Bin>(BIN)).data!.resourceBin.items.map((item) => item.slug)).not.toContain(resource.slug);
    api.signOut();
    expect(
      (await api.gql<{ resource: { title: string } }>(RESOURCE, { slug: resource.slug })).data!.resource.title,
    ).toBe('Les ornithorynques du web');
    expect(await latestSlugs()).toContain(resource.slug);
    await signInAs(api, member);
    expect(
      (await api.gql<{ readingList: { items: { availability: string }[] } }>(LIST, { slug: list.slug })).data!
        .readingList.items[0].availability,
    ).toBe('AVAILABLE');
    const audit = await api.dataSource.query(
      `SELECT actor_id FROM audit_log WHERE action = 'resource.restored' AND subject = $1`,
      [resource.slug],
    );
    expect(audit).toEqual([{ actor_id: coordinator.id }]);
    const drift = await api.checkDrift('resources');
    expect({ missing: drift.missing, stale: drift.stale, extra: drift.extra }).toEqual({
      missing: [],
      stale: [],
      extra: [],
    });
  });

  it('only curators see the bin and restore from it: others get FORBIDDEN, visitors UNAUTHENTICATED', async () => {
    const resource = await share('Les axolotls numériques');
    await api.gql(DELETE, { slug: resource.slug });
    for (const who of [contributor, member]) {
      await signInAs(api, who);
      expect(code(await api.gql(BIN))).toBe('FORBIDDEN');
      expect(code(await api.gql(RESTORE, { slug: resource.slug }))).toBe('FORBIDDEN');
    }
    api.signOut();
    expect(code(await api.gql(BIN))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(RESTORE, { slug: resource.slug }))).toBe('UNAUTHENTICATED');
    const [{ deleted }] = await api.dataSource.query(
      `SELECT deleted_at IS NOT NULL AS deleted FROM resources WHERE id = $1`,
      [resource.id],
    );
    expect(deleted).toBe(true);
    // Restoring something not in the bin answers NOT_FOUND.
    await signInAs(api, coordinator);
    expect(code(await api.gql(RESTORE, { slug: 'rien-dans-la-corbeille' }))).toBe('NOT_FOUND');
  });

  it('the daily job deletes for good what has been in the bin for more than 30 days, not before', async () => {
    clock.set('2026-12-09T09:00:00Z');
    const old = await share('Les tardigrades oubliés');
    await api.gql(DELETE, { slug: old.slug });
    const scheduler = api.app.get(JobScheduler);
    const stillThere = async () =>
      Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM resources WHERE id = $1`, [old.id]))[0].n);

    clock.advance(30 * DAY_MS - 60_000);
    await scheduler.tick(clock.now());
    await api.settleJobs();
    expect(await stillThere()).toBe(1);

    clock.advance(DAY_MS);
    expect(await scheduler.tick(clock.now())).toBeGreaterThanOrEqual(1);
    await api.settleJobs();
    expect(await stillThere()).toBe(0);
    const audit = await api.dataSource.query(
      `SELECT actor_id FROM audit_log WHERE action = 'resource.purged' AND subject = $1`,
      [old.slug],
    );
    expect(audit).toEqual([{ actor_id: null }]);
    const [job] = await api.dataSource.query(
      `SELECT state FROM jobs WHERE queue = 'resource-bin-purge' ORDER BY id DESC LIMIT 1`,
    );
    expect(job.state).toBe('done');
  });
});
