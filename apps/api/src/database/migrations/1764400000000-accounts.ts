import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts: passwords, sessions, invitations, password resets, the development mailbox and the audit log. */
export class Accounts1764400000000 implements MigrationInterface {
  name = 'Accounts1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members ADD COLUMN password_hash text, ADD COLUMN last_sign_in_at timestamptz`);
    await q.query(`
      CREATE TABLE sessions (
        token_hash char(64) PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX sessions_member_idx ON sessions (member_id)`);
    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        email varchar(254) NOT NULL,
        name varchar(160) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('member', 'coordinator', 'admin')),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        invited_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE password_resets (
        token_hash char(64) PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE dev_mails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        text text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        action varchar(60) NOT NULL,
        subject varchar(300),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'dev_mails', 'password_resets', 'invitations', 'sessions'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE members DROP COLUMN password_hash, DROP COLUMN last_sign_in_at`);
  }
}
