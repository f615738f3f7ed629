import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReactionsBookmarks1764430000000 implements MigrationInterface {
  name = 'ReactionsBookmarks1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reactions (
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('useful', 'tested', 'toRead')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (resource_id, member_id, kind)
      )`);
    await q.query(`
      CREATE TABLE bookmarks (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, resource_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bookmarks`);
    await q.query(`DROP TABLE reactions`);
  }
}
