import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory (issue 14): organisations gain a kind from a fixed list, a neighbourhood, the priority-neighbourhood
 * flag, audiences, a website, a public contact and an archive date; members gain audiences, languages, the themes
 * they accept to be contacted on, what they show to visitors, and a version for their directory document.
 * Existing free-text kinds are mapped onto the list; a kind that maps to nothing becomes « autre » and keeps its
 * old wording in `kind_detail`. `city` stays the organisation's commune.
 */
export class Directory1764620000000 implements MigrationInterface {
  name = 'Directory1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisations
        ADD COLUMN kind_detail varchar(60),
        ADD COLUMN neighbourhood varchar(120),
        ADD COLUMN priority_neighbourhood boolean NOT NULL DEFAULT false,
        ADD COLUMN website varchar(500),
        ADD COLUMN public_contact varchar(300),
        ADD COLUMN archived_at timestamptz`);
    // Accents and case do not matter in the old free text: « Médiathèque », « mediatheque », « Bibliothèque ».
    await q.query(`
      WITH normalised AS (
        SELECT id, kind AS old_kind,
               translate(lower(btrim(kind)), 'àâäéèêëîïôöùûüç''’ ', 'aaaeeeeiioouuuc---') AS n
        FROM organisations WHERE kind IS NOT NULL),
      mapped AS (
        SELECT id, old_kind, n, CASE
          WHEN n IN ('mediatheque', 'information-jeunesse', 'maison-enfance', 'centre-social',
                     'etablissement-scolaire', 'association', 'collectivite', 'autre') THEN n
          WHEN n ~ '(mediath|biblioth)' THEN 'mediatheque'
          WHEN n ~ '(jeunesse|^sij$|^bij$|^pij$)' THEN 'information-jeunesse'
          WHEN n ~ '(enfance|creche)' THEN 'maison-enfance'
          WHEN n ~ 'social' THEN 'centre-social'
          WHEN n ~ '(ecole|college|lycee|scolaire)' THEN 'etablissement-scolaire'
          WHEN n ~ 'asso' THEN 'association'
          WHEN n ~ '(collectivite|mairie|agglo|commune|departement|region)' THEN 'collectivite'
          ELSE 'autre' END AS new_kind
        FROM normalised)
      UPDATE organisations o SET
        kind = m.new_kind,
        kind_detail = CASE WHEN m.new_kind = 'autre' AND m.n NOT IN ('', 'autre') THEN left(m.old_kind, 60) END
      FROM mapped m WHERE m.id = o.id`);
    await q.query(`ALTER TABLE organisations ALTER COLUMN kind SET DEFAULT 'autre'`);
    await q.query(`UPDATE organisations SET kind = 'autre' WHERE kind IS NULL`);
    await q.query(`ALTER TABLE organisations ALTER COLUMN kind SET NOT NULL`);
    await q.query(`
      ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check CHECK (kind IN ('mediatheque',
        'information-jeunesse', 'maison-enfance', 'centre-social', 'etablissement-scolaire', 'association',
        'collectivite', 'autre'))`);
    await q.query(`
      CREATE TABLE organisation_audiences (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        audience_slug varchar(40) NOT NULL REFERENCES audiences(slug) ON DELETE RESTRICT,
        PRIMARY KEY (organisation_id, audience_slug)
      )`);

    await q.query(`
      ALTER TABLE members
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN directory_visibility varchar(10) NOT NULL DEFAULT 'members',
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`
      ALTER TABLE members ADD CONSTRAINT members_directory_visibility_check
        CHECK (directory_visibility IN ('members', 'public'))`);
    await q.query(`
      CREATE TABLE member_audiences (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        audience_slug varchar(40) NOT NULL REFERENCES audiences(slug) ON DELETE RESTRICT,
        PRIMARY KEY (member_id, audience_slug)
      )`);
    await q.query(`
      CREATE TABLE member_contact_themes (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
        PRIMARY KEY (member_id, theme_id)
      )`);
    // Every organisation and person reaches the new directory index once; organisations' documents change too.
    await q.query(`
      INSERT INTO outbox_events (topic, aggregate_id)
      SELECT 'directory', id FROM organisations UNION ALL SELECT 'directory', id FROM members
      UNION ALL SELECT 'organisation', id FROM organisations`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE member_contact_themes`);
    await q.query(`DROP TABLE member_audiences`);
    await q.query(`ALTER TABLE members DROP COLUMN languages, DROP COLUMN directory_visibility, DROP COLUMN version`);
    await q.query(`DROP TABLE organisation_audiences`);
    await q.query(`ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check`);
    await q.query(`ALTER TABLE organisations ALTER COLUMN kind DROP NOT NULL, ALTER COLUMN kind DROP DEFAULT`);
    await q.query(`
      ALTER TABLE organisations DROP COLUMN kind_detail, DROP COLUMN neighbourhood,
        DROP COLUMN priority_neighbourhood, DROP COLUMN website, DROP COLUMN public_contact, DROP COLUMN archived_at`);
  }
}
