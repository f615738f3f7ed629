import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How often each resource page is opened, per day (issue 15, the activity report's « most consulted »): one counter
 * per resource and day, never who viewed. Counting starts with this migration; there is nothing to back-fill.
 */
export class ResourceDailyViews1764670000000 implements MigrationInterface {
  name = 'ResourceDailyViews1764670000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resource_daily_views (
        resource_id uuid NOT NULL,
        day date NOT NULL,
        views int NOT NULL DEFAULT 0,
        CONSTRAINT resource_daily_views_pkey PRIMARY KEY (resource_id, day),
        CONSTRAINT resource_daily_views_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES resources(id) ON DELETE CASCADE,
        CONSTRAINT resource_daily_views_views_check CHECK (views >= 0)
      )`);
    // The report sums a period's views across all resources: by day first.
    await q.query(`CREATE INDEX resource_daily_views_day_idx ON resource_daily_views (day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resource_daily_views`);
  }
}
