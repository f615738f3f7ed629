import { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1764410000000 implements MigrationInterface {
  name = 'RateLimits1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE rate_limits (key varchar(360) PRIMARY KEY, window_start timestamptz NOT NULL, hits integer NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
