import type { ResourceDraft } from '@culture-commune/shared';
import { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/** A vocabulary entry as it was when the version was written: its slug (to restore) and its label (to show). */
export interface SnapshotRef {
  slug: string;
  label: string;
}

/**
 * The whole state of a resource after a write, as kept in `resource_versions.snapshot` (jsonb). References keep
 * their label so that a version stays readable after a theme is renamed or deleted. Files will join as
 * `files: [{ id, name, mediaType, size, sha256, main }]` (decision 0019); an absent key reads as « no files ».
 */
export interface ResourceSnapshot {
  title: string;
  summary: string;
  body: string | null;
  url: string | null;
  authors: string[];
  publisher: string | null;
  year: number | null;
  language: string;
  licence: string | null;
  durationMinutes: number | null;
  type: string;
  format: string;
  visibility: string;
  organisation: SnapshotRef | null;
  themes: SnapshotRef[];
  audiences: SnapshotRef[];
  tags: string[];
}

export type SnapshotField = keyof ResourceSnapshot;

/** In the order the history shows them. */
export const SNAPSHOT_FIELDS: readonly SnapshotField[] = [
  'title',
  'summary',
  'body',
  'url',
  'authors',
  'publisher',
  'year',
  'language',
  'licence',
  'durationMinutes',
  'type',
  'format',
  'visibility',
  'organisation',
  'themes',
  'audiences',
  'tags',
];

/** The same jsonb as the migration's backfill builds, so that the first recorded version compares equal to it. */
export const SNAPSHOT_SQL = `jsonb_build_object(
  'title', r.title, 'summary', r.summary, 'body', r.body, 'url', r.url, 'authors', to_jsonb(r.authors),
  'publisher', r.publisher, 'year', r.year, 'language', r.language, 'licence', r.licence,
  'durationMinutes', r.duration_minutes, 'type', r.type, 'format', r.format, 'visibility', r.visibility,
  'organisation', (SELECT jsonb_build_object('slug', o.slug, 'label', o.name) FROM organisations o WHERE o.id = r.organisation_id),
  'themes', COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', t.slug, 'label', t.label) ORDER BY t.position, t.label)
                      FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = r.id), '[]'),
  'audiences', COALESCE((SELECT jsonb_agg(jsonb_build_object('slug', a.slug, 'label', a.label) ORDER BY a.position)
                         FROM resource_audiences ra JOIN audiences a ON a.slug = ra.audience_slug WHERE ra.resource_id = r.id), '[]'),
  'tags', COALESCE((SELECT jsonb_agg(g.label ORDER BY g.key)
                    FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id WHERE rg.resource_id = r.id), '[]'))`;

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

/** The fields whose value differs between two snapshots (all of them for the first version). */
export function changedFields(before: ResourceSnapshot | null, after: ResourceSnapshot): SnapshotField[] {
  return SNAPSHOT_FIELDS.filter(
    (field) => before === null || comparable(field, before[field]) !== comparable(field, after[field]),
  );
}

// References compare by slug, so that a renamed theme is not a change of the resource.
function comparable(field: SnapshotField, value: unknown): string {
  if (field === 'themes' || field === 'audiences') return JSON.stringify((value as SnapshotRef[]).map((r) => r.slug));
  if (field === 'organisation') return JSON.stringify((value as SnapshotRef | null)?.slug ?? null);
  return JSON.stringify(value ?? null);
}

/** A snapshot as a draft for the normal update path (restoring a version). */
export function snapshotToDraft(snapshot: ResourceSnapshot): ResourceDraft {
  return {
    type: snapshot.type,
    format: snapshot.format,
    title: snapshot.title,
    summary: snapshot.summary,
    body: snapshot.body,
    url: snapshot.url,
    authors: snapshot.authors,
    publisher: snapshot.publisher,
    year: snapshot.year,
    language: snapshot.language,
    licence: snapshot.licence,
    durationMinutes: snapshot.durationMinutes,
    visibility: snapshot.visibility,
    themeSlugs: snapshot.themes.map((theme) => theme.slug),
    audienceSlugs: snapshot.audiences.map((audience) => audience.slug),
    tags: snapshot.tags,
    organisationSlug: snapshot.organisation?.slug ?? null,
  };
}
