import { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments on reading lists: a comment belongs to a resource or to a list, never both. */
export class ReadingListComments1764480000000 implements MigrationInterface {
  name = 'ReadingListComments1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE comments ALTER COLUMN resource_id DROP NOT NULL`);
    await q.query(
      `ALTER TABLE comments ADD COLUMN reading_list_id uuid REFERENCES reading_lists(id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE comments ADD CONSTRAINT comments_one_subject CHECK ((resource_id IS NULL) <> (reading_list_id IS NULL))`,
    );
    await q.query(
      `CREATE INDEX comments_reading_list_idx ON comments (reading_list_id, created_at) WHERE reading_list_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM comments WHERE reading_list_id IS NOT NULL`);
    await q.query(`DROP INDEX comments_reading_list_idx`);
    await q.query(`ALTER TABLE comments DROP CONSTRAINT comments_one_subject`);
    await q.query(`ALTER TABLE comments DROP COLUMN reading_list_id`);
    await q.query(`ALTER TABLE comments ALTER COLUMN resource_id SET NOT NULL`);
  }
}
