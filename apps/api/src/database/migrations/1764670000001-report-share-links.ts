import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only share links of the activity report (issue 15): for a funder or an elected official without an account,
 * with the period and the filters fixed when the link was made, revocable. Only the token's hash is stored.
 */
export class ReportShareLinks1764670000001 implements MigrationInterface {
  name = 'ReportShareLinks1764670000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_share_links (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL,
        label varchar(200) NOT NULL DEFAULT '',
        period_from date NOT NULL,
        period_to date NOT NULL,
        theme_slug varchar(80),
        organisation_id uuid,
        audience_slug varchar(40),
        priority_neighbourhood boolean NOT NULL DEFAULT false,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT report_share_links_pkey PRIMARY KEY (id),
        CONSTRAINT report_share_links_token_hash_key UNIQUE (token_hash),
        CONSTRAINT report_share_links_period_check CHECK (period_to >= period_from),
        CONSTRAINT report_share_links_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id) ON DELETE SET NULL,
        CONSTRAINT report_share_links_created_by_fkey FOREIGN KEY (created_by) REFERENCES members(id) ON DELETE SET NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_share_links`);
  }
}
