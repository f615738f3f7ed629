import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members administration (issue 14): a member can be deactivated and reactivated (their row, and so their
 * contributions under their name, stay); an invitation can be revoked, and resent (new token, `sent_at` moves).
 */
export class MembersAdministration1764650000000 implements MigrationInterface {
  name = 'MembersAdministration1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE members
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivated_by uuid REFERENCES members(id) ON DELETE SET NULL`);
    await q.query(`
      ALTER TABLE invitations
        ADD COLUMN sent_at timestamptz,
        ADD COLUMN revoked_at timestamptz,
        ADD COLUMN revoked_by uuid REFERENCES members(id) ON DELETE SET NULL`);
    await q.query(`UPDATE invitations SET sent_at = created_at`);
    await q.query(`ALTER TABLE invitations ALTER COLUMN sent_at SET NOT NULL, ALTER COLUMN sent_at SET DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations DROP COLUMN revoked_by, DROP COLUMN revoked_at, DROP COLUMN sent_at`);
    await q.query(`ALTER TABLE members DROP COLUMN deactivated_by, DROP COLUMN deactivated_at`);
  }
}
