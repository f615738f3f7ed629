import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentions, comment reports (moderation), follows, notifications and weekly digests. */
export class KeepingUp1764450000000 implements MigrationInterface {
  name = 'KeepingUp1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comment_mentions (
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        PRIMARY KEY (comment_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE comment_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES members(id) ON DELETE SET NULL,
        reason varchar(500) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES members(id) ON DELETE SET NULL,
        resolution varchar(10) CHECK (resolution IN ('hidden', 'restored'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX comment_reports_open_idx ON comment_reports (comment_id, reporter_id) WHERE resolved_at IS NULL`,
    );
    await q.query(`ALTER TABLE comments ADD COLUMN hidden_by uuid REFERENCES members(id) ON DELETE SET NULL`);
    await q.query(`
      CREATE TABLE follows (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind varchar(12) NOT NULL CHECK (kind IN ('theme', 'organisation', 'member')),
        target_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, kind, target_id)
      )`);
    await q.query(`CREATE INDEX follows_target_idx ON follows (kind, target_id)`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind varchar(30) NOT NULL CHECK (kind IN ('mention', 'reply', 'comment_on_resource', 'debrief_on_resource', 'resource_in_theme')),
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        debrief_id uuid REFERENCES debriefs(id) ON DELETE CASCADE,
        theme_id uuid REFERENCES themes(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await q.query(`ALTER TABLE members ADD COLUMN digest_enabled boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE digest_deliveries (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        week date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        items integer NOT NULL,
        PRIMARY KEY (member_id, week)
      )`);
    await q.query(`CREATE INDEX comments_author_idx ON comments (author_id, created_at)`);
    await q.query(`CREATE INDEX debriefs_created_idx ON debriefs (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX debriefs_created_idx`);
    await q.query(`DROP INDEX comments_author_idx`);
    await q.query(`DROP TABLE digest_deliveries`);
    await q.query(`ALTER TABLE members DROP COLUMN digest_enabled`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE follows`);
    await q.query(`ALTER TABLE comments DROP COLUMN hidden_by`);
    await q.query(`DROP TABLE comment_reports`);
    await q.query(`DROP TABLE comment_mentions`);
  }
}
