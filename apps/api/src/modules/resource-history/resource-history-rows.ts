import { EntityManager } from 'typeorm';
import type { ResourceType, Visibility } from '@culture-commune/shared';
import { queryRows } from '../../common/database/query-rows';
import { SNAPSHOT_FIELDS, type ResourceSnapshot } from './resource-snapshot';

/** The same jsonb as the migration's backfill builds, so that the first recorded version compares equal to it. */
const SNAPSHOT_SQL = `jsonb_build_object(
  'title', r.title, 'summary', r.summary, 'body', r.body, 'url', r.url, 'authors', to_jsonb(r.authors),
  'authorKinds', r.author_kinds,
  'publisher', r.publisher, 'year', r.year, 'language', r.language, 'licence', r.licence,
  'durationMinutes', r.duration_minutes, 'type', r.type, 'format', r.format, 'visibility', r.visibility,
  'organisation', (SELECT jsonb_build_object('slug', o.slug, 'label', o.name) FROM organisations o WHERE o.id = r.organisation_id),
  'themes', COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', t.slug, 'label', t.label) ORDER BY t.position, t.label)
                      FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = r.id), '[]'),
  'audiences', COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', a.slug, 'label', a.label) ORDER BY a.position)
                         FROM resource_audiences ra JOIN audiences a ON a.slug = ra.audience_slug WHERE ra.resource_id = r.id), '[]'),
  'tags', COALESCE((SELECT jsonb_agg(g.label ORDER BY g.key)
                    FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id WHERE rg.resource_id = r.id), '[]'),
  'files', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', f.id, 'name', f.file_name, 'main', f.is_main)
                                      ORDER BY f.is_main DESC, f.position, f.id)
                     FROM resource_files f WHERE f.resource_id = r.id AND f.removed_at IS NULL), '[]'))`;

/** The current state of a resource, read inside the writing transaction (after its rows are saved). */
export async function loadSnapshot(manager: EntityManager, resourceId: string): Promise<ResourceSnapshot> {
  const [row] = await queryRows<{ snapshot: ResourceSnapshot }>(
    manager,
    `SELECT ${SNAPSHOT_SQL} AS snapshot FROM resources r WHERE r.id = $1`,
    [resourceId],
  );
  if (!row) throw new Error(`Ressource introuvable : ${resourceId}`);
  return row.snapshot;
}

/**
 * A first version for resources written in bulk without `ResourcesService` (the synthetic library), in one statement:
 * every field counts as changed, attributed to the contributor, as the migration's backfill does.
 */
export async function insertFirstVersions(manager: EntityManager, resourceIds: string[]): Promise<void> {
  await manager.query(
    `INSERT INTO resource_versions (resource_id, version, author_id, changed_fields, snapshot, created_at)
     SELECT r.id, 1, r.contributor_id, $2::text[], ${SNAPSHOT_SQL}, r.updated_at
       FROM resources r WHERE r.id = ANY($1::uuid[])
     ON CONFLICT (resource_id, version) DO NOTHING`,
    [resourceIds, SNAPSHOT_FIELDS],
  );
}

export interface VersionRow {
  version: number;
  created_at: Date;
  changed_fields: string[];
  snapshot: ResourceSnapshot;
  author_id: string | null;
  author_slug: string | null;
  author_name: string | null;
}

/** Every version of a resource with its author's name, oldest first. */
export function findVersions(manager: EntityManager, resourceId: string): Promise<VersionRow[]> {
  return queryRows<VersionRow>(
    manager,
    `SELECT v.version, v.created_at, v.changed_fields, v.snapshot, m.id AS author_id, m.slug AS author_slug, m.name AS author_name
       FROM resource_versions v LEFT JOIN members m ON m.id = v.author_id
      WHERE v.resource_id = $1 ORDER BY v.version`,
    [resourceId],
  );
}

export interface ResourceFactsRow {
  slug: string;
  visibility: Visibility;
  contributor_id: string | null;
  deleted_at: Date | null;
}

/** What the resources' access rule reads, for a resource by id (in the bin or not). */
export async function findResourceFacts(manager: EntityManager, id: string): Promise<ResourceFactsRow | undefined> {
  const [row] = await queryRows<ResourceFactsRow>(
    manager,
    `SELECT slug, visibility, contributor_id, deleted_at FROM resources WHERE id = $1`,
    [id],
  );
  return row;
}

export interface BinRow {
  id: string;
  slug: string;
  title: string;
  type: ResourceType;
  deleted_at: Date;
  by_id: string | null;
  by_slug: string | null;
  by_name: string | null;
}

/** The resources in the bin, most recently deleted first, with who deleted them. */
export function findBinned(manager: EntityManager): Promise<BinRow[]> {
  return queryRows<BinRow>(
    manager,
    `SELECT r.id, r.slug, r.title, r.type, r.deleted_at, m.id AS by_id, m.slug AS by_slug, m.name AS by_name
       FROM resources r LEFT JOIN members m ON m.id = r.deleted_by
      WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id`,
  );
}

/** Takes a resource out of the bin; the version bump tells the indexer its document is due again. */
export async function takeOutOfBin(
  manager: EntityManager,
  slug: string,
): Promise<{ id: string; title: string } | undefined> {
  const [row] = await queryRows<{ id: string; title: string }>(
    manager,
    `UPDATE resources SET deleted_at = NULL, deleted_by = NULL, version = version + 1
      WHERE slug = $1 AND deleted_at IS NOT NULL RETURNING id, title`,
    [slug],
  );
  return row;
}

/** Deletes for good the resources in the bin since `before` or earlier (their versions go with them). */
export function deleteBinnedBefore(
  manager: EntityManager,
  before: Date,
): Promise<{ id: string; slug: string; title: string }[]> {
  return queryRows<{ id: string; slug: string; title: string }>(
    manager,
    `DELETE FROM resources WHERE deleted_at IS NOT NULL AND deleted_at <= $1 RETURNING id, slug, title`,
    [before],
  );
}
