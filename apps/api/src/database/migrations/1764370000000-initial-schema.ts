import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764370000000 implements MigrationInterface {
  name = 'InitialSchema1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        kind varchar(60),
        city varchar(120),
        description text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        label varchar(120) NOT NULL,
        description text,
        position integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE audiences (
        slug varchar(40) PRIMARY KEY,
        label varchar(120) NOT NULL,
        label_en varchar(120) NOT NULL,
        position integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        name varchar(160) NOT NULL,
        email varchar(254) NOT NULL,
        title varchar(160),
        role varchar(20) NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'coordinator', 'admin')),
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX members_email_key ON members (lower(email))`);
    await q.query(`
      CREATE TABLE member_expertise (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
        PRIMARY KEY (member_id, theme_id)
      )`);
    await q.query(`
      CREATE TABLE tags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        label varchar(60) NOT NULL,
        key varchar(60) NOT NULL UNIQUE,
        slug varchar(80) NOT NULL
      )`);
    await q.query(`CREATE INDEX tags_slug_idx ON tags (slug)`);
    await q.query(`
      CREATE TABLE resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(80) NOT NULL UNIQUE,
        type varchar(20) NOT NULL CHECK (type IN ('lecture', 'formation', 'outil')),
        format varchar(40) NOT NULL,
        title varchar(200) NOT NULL,
        summary varchar(2000) NOT NULL,
        body text,
        url varchar(2000),
        authors text[] NOT NULL DEFAULT '{}',
        publisher varchar(200),
        year integer,
        language varchar(8) NOT NULL DEFAULT 'fr',
        licence varchar(100),
        duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes > 0),
        visibility varchar(10) NOT NULL DEFAULT 'network' CHECK (visibility IN ('public', 'network', 'draft')),
        organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        contributor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX resources_created_at_idx ON resources (created_at DESC)`);
    await q.query(`
      CREATE TABLE resource_slug_history (
        slug varchar(80) PRIMARY KEY,
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE resource_themes (
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
        PRIMARY KEY (resource_id, theme_id)
      )`);
    await q.query(`
      CREATE TABLE resource_audiences (
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        audience_slug varchar(40) NOT NULL REFERENCES audiences(slug) ON DELETE RESTRICT,
        PRIMARY KEY (resource_id, audience_slug)
      )`);
    await q.query(`
      CREATE TABLE resource_tags (
        resource_id uuid NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (resource_id, tag_id)
      )`);
    await q.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        topic varchar(40) NOT NULL,
        aggregate_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        processed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE processed_at IS NULL`);
    await q.query(`
      INSERT INTO audiences (slug, label, label_en, position) VALUES
        ('professionnels', 'Professionnels', 'Professionals', 1),
        ('parents', 'Parents', 'Parents', 2),
        ('petite-enfance', 'Petite enfance (0-6 ans)', 'Early childhood (0-6)', 3),
        ('enfants', 'Enfants (6-11 ans)', 'Children (6-11)', 4),
        ('adolescents', 'Adolescents (12-18 ans)', 'Teenagers (12-18)', 5),
        ('familles', 'Familles', 'Families', 6),
        ('tout-public', 'Tout public', 'General public', 7)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_events',
      'resource_tags',
      'resource_audiences',
      'resource_themes',
      'resource_slug_history',
      'resources',
      'tags',
      'member_expertise',
      'members',
      'audiences',
      'themes',
      'organisations',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
