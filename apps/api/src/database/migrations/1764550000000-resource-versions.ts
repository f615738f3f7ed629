import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resource history and bin (decision 0019): every write of a resource keeps a version (a full snapshot as jsonb,
 * with who, when and which fields changed), and deleting a resource moves it to a bin (`deleted_at`, `deleted_by`)
 * that a scheduled job empties after 30 days. Existing resources get a first version from their current state,
 * attributed to their contributor, so that no history is empty.
 */
export class ResourceVersions1764550000000 implements MigrationInterface {
  name = 'ResourceVersions1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE resource_versions (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         resource_id uuid NOT NULL CONSTRAINT resource_versions_resource_id_fkey REFERENCES resources(id) ON DELETE CASCADE,
         version integer NOT NULL CONSTRAINT resource_versions_version_check CHECK (version > 0),
         author_id uuid CONSTRAINT resource_versions_author_id_fkey REFERENCES members(id) ON DELETE SET NULL,
         changed_fields text[] NOT NULL DEFAULT '{}',
         snapshot jsonb NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT resource_versions_resource_version_key UNIQUE (resource_id, version)
       )`,
    );
    await q.query(`ALTER TABLE resources ADD COLUMN deleted_at timestamptz`);
    await q.query(
      `ALTER TABLE resources ADD COLUMN deleted_by uuid CONSTRAINT resources_deleted_by_fkey REFERENCES members(id) ON DELETE SET NULL`,
    );
    // What the bin page and the purge job scan: only the few resources in the bin.
    await q.query(`CREATE INDEX resources_deleted_at_idx ON resources (deleted_at) WHERE deleted_at IS NOT NULL`);
    await q.query(
      `INSERT INTO resource_versions (resource_id, version, author_id, changed_fields, snapshot, created_at)
       SELECT r.id, 1, r.contributor_id,
              ARRAY['title', 'summary', 'body', 'url', 'authors', 'publisher', 'year', 'language', 'licence', 'durationMinutes',
                    'type', 'format', 'visibility', 'organisation', 'themes', 'audiences', 'tags'],
              jsonb_build_object(
                'title', r.title, 'summary', r.summary, 'body', r.body, 'url', r.url, 'authors', to_jsonb(r.authors),
                'publisher', r.publisher, 'year', r.year, 'language', r.language, 'licence', r.licence,
                'durationMinutes', r.duration_minutes, 'type', r.type, 'format', r.format, 'visibility', r.visibility,
                'organisation', (SELECT jsonb_build_object('slug', o.slug, 'label', o.name) FROM organisations o WHERE o.id = r.organisation_id),
                'themes', COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', t.slug, 'label', t.label) ORDER BY t.position, t.label)
                                    FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = r.id), '[]'),
                'audiences', COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', a.slug, 'label', a.label) ORDER BY a.position)
                                       FROM resource_audiences ra JOIN audiences a ON a.slug = ra.audience_slug WHERE ra.resource_id = r.id), '[]'),
                'tags', COALESCE((SELECT jsonb_agg(g.label ORDER BY g.key)
                                  FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id WHERE rg.resource_id = r.id), '[]')),
              r.updated_at
         FROM resources r`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resource_versions`);
    await q.query(`ALTER TABLE resources DROP COLUMN deleted_by, DROP COLUMN deleted_at`);
  }
}
