import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications about reading lists too (mentions, replies and comments on one's list): about a resource or a list. */
export class ListNotifications1764490000000 implements MigrationInterface {
  name = 'ListNotifications1764490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ALTER COLUMN resource_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN reading_list_id uuid REFERENCES reading_lists(id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_one_subject CHECK ((resource_id IS NULL) <> (reading_list_id IS NULL))`,
    );
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
       CHECK (kind IN ('mention', 'reply', 'comment_on_resource', 'debrief_on_resource', 'resource_in_theme', 'comment_on_list'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE reading_list_id IS NOT NULL`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
       CHECK (kind IN ('mention', 'reply', 'comment_on_resource', 'debrief_on_resource', 'resource_in_theme'))`,
    );
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_one_subject`);
    await q.query(`ALTER TABLE notifications DROP COLUMN reading_list_id`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN resource_id SET NOT NULL`);
  }
}
