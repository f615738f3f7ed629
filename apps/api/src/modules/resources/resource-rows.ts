import { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { ResourceEntity } from './resource.entity';
import type { Actor } from '../../common/auth/actor';
import { resourcesPolicy } from './resources.policy';
import { NETWORK_TIME_ZONE } from './resource-view-rows';

/** Creates the tags whose key is new; existing keys keep their label (ON CONFLICT (key) DO NOTHING). */
export async function insertMissingTags(
  manager: EntityManager,
  tags: { label: string; key: string; slug: string }[],
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO tags (label, key, slug)
     SELECT label, key, slug FROM unnest($1::text[], $2::text[], $3::text[]) AS t(label, key, slug)
     ON CONFLICT (key) DO NOTHING`,
    [tags.map((tag) => tag.label), tags.map((tag) => tag.key), tags.map((tag) => tag.slug)],
  );
}

/**
 * The words of titles, tags and themes of published resources (4 letters or more), for spelling suggestions.
 * A full scan: only called when a search finds nothing.
 */
export async function findLibraryWords(manager: EntityManager): Promise<string[]> {
  const rows = await queryRows<{ word: string }>(
    manager,
    `
      SELECT DISTINCT word FROM (
        SELECT regexp_split_to_table(lower(title), '[^a-z0-9àâäçéèêëîïôöùûüÿœæ]+') AS word FROM resources WHERE ${resourcesPolicy.sqlPublished('resources')}
        UNION ALL SELECT regexp_split_to_table(lower(label), '[^a-z0-9àâäçéèêëîïôöùûüÿœæ]+') FROM tags
        UNION ALL SELECT regexp_split_to_table(lower(label), '[^a-z0-9àâäçéèêëîïôöùûüÿœæ]+') FROM themes
      ) words WHERE length(word) >= 4`,
  );
  return rows.map((row) => row.word);
}

/**
 * Resources with everything shown about them (themes, audiences, tags, organisation, contributor), in ONE query:
 * relations come back as JSON aggregates, so a search page of 20 hits costs one round trip and no ORM hydration.
 * Rows come back in the order of `ids`; missing ids and resources in the bin (decision 0019) are skipped, so that
 * neither a page, a search hit nor the index shows them.
 */
export async function loadResources(manager: EntityManager, ids: string[]): Promise<ResourceEntity[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<RawResource>(
    manager,
    `${SELECT_RESOURCES} WHERE r.id = ANY($1::uuid[]) AND r.deleted_at IS NULL`,
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, toEntity(row)]));
  return ids.map((id) => byId.get(id)).filter((row): row is ResourceEntity => Boolean(row));
}

/**
 * The resource with this slug now, or with this slug before a title change (not in the bin), as `loadResources` gives
 * it; null when none. With `view`, the same statement counts one view for the day of `view.at` (decision 0050: a
 * resource page is one statement, not three), only when `view.actor` may see the resource (the policy's SQL form of
 * `canView`); who viewed is not stored.
 */
export async function loadResourceBySlug(
  manager: EntityManager,
  slug: string,
  view: { at: Date; actor: Actor | null } | null,
): Promise<ResourceEntity | null> {
  const params: unknown[] = [slug];
  if (view) params.push(view.at.toISOString());
  if (view?.actor) params.push(view.actor.id);
  const counted = view
    ? `, viewed AS (
         INSERT INTO resource_daily_views (resource_id, day, views)
         SELECT v.id, ($2::timestamptz AT TIME ZONE '${NETWORK_TIME_ZONE}')::date, 1 FROM resources v
          WHERE v.id = (SELECT id FROM target) AND ${resourcesPolicy.sqlVisible(view.actor, 'v', '$3::uuid')}
         ON CONFLICT (resource_id, day) DO UPDATE SET views = resource_daily_views.views + 1
       )`
    : '';
  const [row] = await queryRows<RawResource>(
    manager,
    `WITH target AS (
       SELECT id FROM resources WHERE slug = $1 UNION ALL SELECT resource_id FROM resource_slug_history WHERE slug = $1 LIMIT 1
     )${counted}
     ${SELECT_RESOURCES} WHERE r.id = (SELECT id FROM target) AND r.deleted_at IS NULL`,
    params,
  );
  return row ? toEntity(row) : null;
}

/** Every column and relation `loadResources` answers, `FROM resources r` with its joins: a WHERE follows. */
const SELECT_RESOURCES = `SELECT r.id, r.slug, r.type, r.format, r.title, r.summary, r.body, r.url, r.authors, r.author_kinds, r.publisher, r.year,
            r.language, r.licence, r.duration_minutes, r.visibility, r.version, r.deleted_at, r.created_at, r.updated_at,
            CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object(
              'id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'city', o.city, 'description', o.description) END AS organisation,
            CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object(
              'id', m.id, 'slug', m.slug, 'name', m.name, 'title', m.title,
              'organisation', CASE WHEN mo.id IS NULL THEN NULL ELSE json_build_object(
                'id', mo.id, 'slug', mo.slug, 'name', mo.name, 'kind', mo.kind, 'city', mo.city, 'description', mo.description) END
            ) END AS contributor,
            COALESCE((SELECT json_agg(json_build_object('id', t.id, 'slug', t.slug, 'label', t.label, 'labelEn', t.label_en, 'description', t.description,
                        'position', t.position) ORDER BY t.position, t.label)
                      FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = r.id), '[]') AS themes,
            COALESCE((SELECT json_agg(json_build_object('slug', a.slug, 'label', a.label, 'labelEn', a.label_en, 'position', a.position)
                        ORDER BY a.position)
                      FROM resource_audiences ra JOIN audiences a ON a.slug = ra.audience_slug WHERE ra.resource_id = r.id), '[]') AS audiences,
            COALESCE((SELECT json_agg(json_build_object('id', g.id, 'slug', g.slug, 'label', g.label, 'key', g.key) ORDER BY g.key)
                      FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id WHERE rg.resource_id = r.id), '[]') AS tags,
            (SELECT json_build_object('count', count(*), 'participants', coalesce(sum(d.participants), 0),
                      'averageRating', round(avg(d.rating), 2)) FROM debriefs d WHERE d.resource_id = r.id) AS debrief_stats,
            (SELECT f.id FROM resource_files f WHERE f.resource_id = r.id AND f.is_main AND f.removed_at IS NULL
                AND f.thumbnail_key IS NOT NULL LIMIT 1) AS thumbnail_file_id
       FROM resources r
       LEFT JOIN organisations o ON o.id = r.organisation_id
       LEFT JOIN members m ON m.id = r.contributor_id
       LEFT JOIN organisations mo ON mo.id = m.organisation_id`;

interface RawResource {
  id: string;
  slug: string;
  type: ResourceEntity['type'];
  format: string;
  title: string;
  summary: string;
  body: string | null;
  url: string | null;
  authors: string[];
  author_kinds: ResourceEntity['authorKinds'];
  publisher: string | null;
  year: number | null;
  language: string;
  licence: string | null;
  duration_minutes: number | null;
  visibility: ResourceEntity['visibility'];
  version: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  organisation: ResourceEntity['organisation'];
  contributor: ResourceEntity['contributor'];
  themes: ResourceEntity['themes'];
  audiences: ResourceEntity['audiences'];
  tags: ResourceEntity['tags'];
  debrief_stats: { count: number; participants: number; averageRating: number | string | null };
  thumbnail_file_id: string | null;
}

function toEntity(row: RawResource): ResourceEntity {
  const {
    duration_minutes,
    author_kinds,
    created_at,
    updated_at,
    deleted_at,
    debrief_stats,
    thumbnail_file_id,
    ...rest
  } = row;
  const averageRating = debrief_stats.averageRating === null ? null : Number(debrief_stats.averageRating);
  return Object.assign(new ResourceEntity(), rest, {
    durationMinutes: duration_minutes,
    authorKinds: author_kinds,
    createdAt: created_at,
    updatedAt: updated_at,
    deletedAt: deleted_at,
    debriefStats: { ...debrief_stats, averageRating },
    thumbnailFileId: thumbnail_file_id,
  });
}

/**
 * Moves a live resource to the bin (decision 0019): the row stays, invisible everywhere. The version bump tells the
 * indexer and the drift check that its document changed: it is removed.
 */
export async function moveToBin(manager: EntityManager, id: string, at: Date, by: string): Promise<void> {
  await manager.query(
    `UPDATE resources SET deleted_at = $2, deleted_by = $3, version = version + 1 WHERE id = $1 AND deleted_at IS NULL`,
    [id, at, by],
  );
}
