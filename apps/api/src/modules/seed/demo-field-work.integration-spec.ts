import { TestApi, startTestApi } from '../../../test/api-harness';
import { CONTEXTS, insertDemoFieldWork } from './demo-field-work-rows';

describe('Two years of demo field work for the activity report (real PostgreSQL)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  it('adds about 250 debriefs over two years on published tools, once, naming no one', async () => {
    const today = new Date('2026-06-15T10:00:00Z');
    const added = await api.dataSource.transaction((manager) => insertDemoFieldWork(manager, today));
    expect(added).toBeGreaterThan(200);
    expect(await api.dataSource.transaction((manager) => insertDemoFieldWork(manager, today))).toBe(0);
    const [span] = await api.dataSource.query(
      `SELECT min(workshop_date)::text AS first, max(workshop_date)::text AS last,
              count(*) FILTER (WHERE r.type <> 'outil' OR r.visibility = 'draft')::int AS off_tools,
              count(DISTINCT age_band)::int AS bands
         FROM debriefs d JOIN resources r ON r.id = d.resource_id WHERE d.context = ANY($1::text[])`,
      [CONTEXTS],
    );
    expect(span).toEqual({ first: '2024-06-16', last: '2026-06-12', off_tools: 0, bands: 5 });
    const [{ views }] = await api.dataSource.query(`SELECT count(*)::int AS views FROM resource_daily_views`);
    expect(views).toBeGreaterThan(0);
  });
});
