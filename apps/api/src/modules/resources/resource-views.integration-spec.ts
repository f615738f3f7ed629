import { TestApi, startTestApi } from '../../../test/api-harness';
import { makeMember, makeResource, signInAs } from '../../../test/factories';
import { FixedClock } from '../../../test/fixed-clock';

const OPEN = `query Open($slug: String!, $countView: Boolean) { resource(slug: $slug, countView: $countView) { id } }`;

describe('Resource page views are counted per day, without who viewed (GraphQL over HTTP, real PostgreSQL)', () => {
  let api: TestApi;
  // 23:30 UTC on 10 March is 00:30 on 11 March in Paris: the network's day.
  const clock = new FixedClock('2026-03-10T23:30:00Z');
  const views = async (resourceId: string) =>
    (await api.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, views FROM resource_daily_views WHERE resource_id = $1 ORDER BY day`,
      [resourceId],
    )) as { day: string; views: number }[];

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.dataSource.query(`INSERT INTO themes (slug, label) VALUES ('jeux-video', 'Jeux vidéo')`);
  });
  afterAll(() => api.close());

  it('counts one view per page load on the Paris day, and nothing when the page does not ask', async () => {
    const resource = await makeResource(api, { visibility: 'public' });
    await api.gql(OPEN, { slug: resource.slug, countView: true });
    await api.gql(OPEN, { slug: resource.slug, countView: true });
    await api.gql(OPEN, { slug: resource.slug });
    clock.advance(24 * 3600 * 1000);
    await api.gql(OPEN, { slug: resource.slug, countView: true });
    expect(await views(resource.id)).toEqual([
      { day: '2026-03-11', views: 2 },
      { day: '2026-03-12', views: 1 },
    ]);
    const columns = await api.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'resource_daily_views' ORDER BY 1`,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['day', 'resource_id', 'views']);
  });

  it('does not count a crawler, nor a resource the viewer may not open', async () => {
    const author = await makeMember(api);
    const draft = await makeResource(api, { visibility: 'draft', contributor: author });
    const open = await makeResource(api, { visibility: 'public' });
    const refused = await api.gql(OPEN, { slug: draft.slug, countView: true });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' },
      body: JSON.stringify({ query: OPEN, variables: { slug: open.slug, countView: true } }),
    });
    expect((await response.json()).data.resource.id).toBe(open.id);
    expect(await views(draft.id)).toEqual([]);
    expect(await views(open.id)).toEqual([]);
    await signInAs(api, author);
    await api.gql(OPEN, { slug: draft.slug, countView: true });
    expect(await views(draft.id)).toHaveLength(1);
  });
});
