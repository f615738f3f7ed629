import { TestApi, startTestApi } from '../../../test/api-harness';
import { FixedClock } from '../../../test/fixed-clock';
import { DEMO_HISTORY_DAYS, DEMO_NEWEST_DAYS } from './demo-dates';

const DAY = 86_400_000;

describe('The demo library reads like two years of a network, not like everything was shared today (issue 13, 21)', () => {
  const clock = new FixedClock(new Date('2026-12-04T09:00:00Z'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
  });
  afterAll(() => api.close());

  const ageDays = (at: Date) => (clock.now().getTime() - at.getTime()) / DAY;

  it('dates resources over the last two years, none this week', async () => {
    const rows: { created_at: Date; updated_at: Date }[] = await api.dataSource.query(
      `SELECT created_at, updated_at FROM resources`,
    );
    expect(rows.length).toBeGreaterThan(40);
    const ages = rows.map((row) => ageDays(row.created_at));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(DEMO_NEWEST_DAYS - 1);
    expect(Math.max(...ages)).toBeLessThanOrEqual(DEMO_HISTORY_DAYS + 1);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThan(365);
    for (const row of rows) expect(row.updated_at.getTime()).toBe(row.created_at.getTime());
  });

  it('seeds the demo comments and debriefs, each after its resource and in the past', async () => {
    const comments: { written: Date; shared: Date; html: string }[] = await api.dataSource.query(
      `SELECT c.created_at AS written, r.created_at AS shared, c.html FROM comments c JOIN resources r ON r.id = c.resource_id`,
    );
    const debriefs: { written: Date; shared: Date }[] = await api.dataSource.query(
      `SELECT d.created_at AS written, r.created_at AS shared FROM debriefs d JOIN resources r ON r.id = d.resource_id`,
    );
    expect(comments.length).toBeGreaterThan(0);
    expect(debriefs.length).toBeGreaterThan(0);
    for (const row of [...comments, ...debriefs]) {
      expect(row.written.getTime()).toBeGreaterThan(row.shared.getTime());
      expect(ageDays(row.written)).toBeGreaterThanOrEqual(1);
    }
    expect(comments.every((c) => c.html.startsWith('<p>'))).toBe(true);
  });
});
