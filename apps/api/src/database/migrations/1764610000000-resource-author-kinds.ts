import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which authors a contributor marked as a person or an organisation, by name (`{"CNIL": "organisation"}`; decision
 * 0027). Rows are kept: every resource starts with no choice, so its authors stay guessed as before.
 */
export class ResourceAuthorKinds1764610000000 implements MigrationInterface {
  name = 'ResourceAuthorKinds1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resources ADD COLUMN author_kinds jsonb NOT NULL DEFAULT '{}'`);
    await q.query(
      `ALTER TABLE resources ADD CONSTRAINT resources_author_kinds_check CHECK (jsonb_typeof(author_kinds) = 'object')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resources DROP COLUMN author_kinds`);
  }
}
