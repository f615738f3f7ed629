import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations and themes join the search index: their documents carry a version, like resources. */
export class DirectoryVersions1764390000000 implements MigrationInterface {
  name = 'DirectoryVersions1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE themes ADD COLUMN version integer NOT NULL DEFAULT 1`);
    // Existing rows must reach the new indexes once.
    await q.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT 'organisation', id FROM organisations`);
    await q.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT 'theme', id FROM themes`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations DROP COLUMN version`);
    await q.query(`ALTER TABLE themes DROP COLUMN version`);
  }
}
