import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'mention', 'reply', 'comment_on_resource', 'debrief_on_resource', 'resource_in_theme', 'comment_on_list'`;

/**
 * Broken-link checks (decision 0021): one row per checked resource in its own table (resources stay lean), with the
 * address checked, the sweep it was checked in, the last outcome, the consecutive failures and since when the link is
 * taken for broken; and a notification kind to tell the contributor.
 */
export class LinkChecks1764560000000 implements MigrationInterface {
  name = 'LinkChecks1764560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE link_checks (
         resource_id uuid PRIMARY KEY CONSTRAINT link_checks_resource_id_fkey REFERENCES resources(id) ON DELETE CASCADE,
         url text NOT NULL,
         sweep varchar(40) NOT NULL,
         checked_at timestamptz NOT NULL,
         status varchar(10) NOT NULL CONSTRAINT link_checks_status_check CHECK (status IN ('ok', 'dead')),
         reason varchar(40),
         http_status integer,
         consecutive_failures integer NOT NULL DEFAULT 0 CONSTRAINT link_checks_failures_check CHECK (consecutive_failures >= 0),
         broken_since timestamptz
       )`,
    );
    // The curators' list reads only the few broken links.
    await q.query(
      `CREATE INDEX link_checks_broken_idx ON link_checks (broken_since, resource_id) WHERE broken_since IS NOT NULL`,
    );
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS_BEFORE}, 'link_broken'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = 'link_broken'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${KINDS_BEFORE}))`,
    );
    await q.query(`DROP TABLE link_checks`);
  }
}
