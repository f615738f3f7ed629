import { TestApi, startTestApi } from '../../../test/api-harness';
import { DemoSeedService } from './demo-seed.service';
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

  it('npm start seeds them with the demo on an empty database, never on a filled one', async () => {
    const fresh = await startTestApi({ indexer: false });
    try {
      const fieldWork = async () =>
        (
          await fresh.dataSource.query(`SELECT count(*)::int AS n FROM debriefs WHERE context = ANY($1::text[])`, [
            CONTEXTS,
          ])
        )[0].n as number;
      const seeder = fresh.app.get(DemoSeedService);
      // A filled database (a network's real library): nothing of the demo, field work included.
      await fresh.dataSource.query(`INSERT INTO organisations (slug, name) VALUES ('reseau-reel', 'Réseau réel')`);
      expect(await seeder.seed({ ifEmpty: true, withFieldWork: true })).toEqual({ seeded: false, resources: 0 });
      expect(await fieldWork()).toBe(0);
      await fresh.dataSource.query(`DELETE FROM organisations`);
      expect((await seeder.seed({ ifEmpty: true, withFieldWork: true })).seeded).toBe(true);
      expect(await fieldWork()).toBeGreaterThan(200);
    } finally {
      await fresh.close();
    }
  });
});
