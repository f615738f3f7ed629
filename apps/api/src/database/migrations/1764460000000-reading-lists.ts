import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reading lists: ordered items with a note, curator and collaborators, revocable share link, read progress. */
export class ReadingLists1764460000000 implements MigrationInterface {
  name = 'ReadingLists1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reading_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        title varchar(200) NOT NULL,
        intro varchar(5000) NOT NULL DEFAULT '',
        curator_id uuid REFERENCES members(id) ON DELETE SET NULL,
        visibility varchar(10) NOT NULL DEFAULT 'network' CHECK (visibility IN ('public', 'network', 'draft')),
        share_token_hash varchar(64),
        share_created_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX reading_lists_share_idx ON reading_lists (share_token_hash) WHERE share_token_hash IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE reading_list_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        list_id uuid NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
        resource_id uuid REFERENCES resources(id) ON DELETE SET NULL,
        title_snapshot varchar(300) NOT NULL,
        position integer NOT NULL,
        note varchar(1000) NOT NULL DEFAULT '',
        added_by uuid REFERENCES members(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reading_list_items_list_idx ON reading_list_items (list_id, position)`);
    await q.query(
      `CREATE UNIQUE INDEX reading_list_items_resource_idx ON reading_list_items (list_id, resource_id) WHERE resource_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE reading_list_collaborators (
        list_id uuid NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        PRIMARY KEY (list_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE reading_progress (
        item_id uuid NOT NULL REFERENCES reading_list_items(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, member_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reading_progress`);
    await q.query(`DROP TABLE reading_list_collaborators`);
    await q.query(`DROP TABLE reading_list_items`);
    await q.query(`DROP TABLE reading_lists`);
  }
}
