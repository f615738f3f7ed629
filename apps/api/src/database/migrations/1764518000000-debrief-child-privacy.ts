import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the author confirmed « J’ai vérifié : aucun enfant n’est identifiable » for a debrief whose text the child
 * privacy guard flagged (null: not confirmed; docs/decisions/0009-child-privacy-in-debriefs.md).
 */
export class DebriefChildPrivacy1764518000000 implements MigrationInterface {
  name = 'DebriefChildPrivacy1764518000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE debriefs ADD COLUMN child_privacy_confirmed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE debriefs DROP COLUMN child_privacy_confirmed_at`);
  }
}
