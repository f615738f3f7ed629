import { RESOURCE_HISTORY_FIELDS } from '@culture-commune/shared';
import type { AuthorKind, ResourceDraft } from '@culture-commune/shared';
import type { FileChoice } from '../files/resource-files.service';

/** A vocabulary entry as it was when the version was written: its slug (to restore) and its label (to show). */
export interface SnapshotRef {
  slug: string;
  label: string;
}

/** A file as a version knew it: its id (to re-attach on restore) and its name (to show). */
export interface SnapshotFile {
  id: string;
  name: string;
  main: boolean;
}

/**
 * The whole state of a resource after a write, as kept in `resource_versions.snapshot` (jsonb). References keep
 * their label so that a version stays readable after a theme is renamed or deleted. Files are listed main first
 * (decision 0022); an absent key (versions older than files) reads as « no files ».
 */
export interface ResourceSnapshot {
  title: string;
  summary: string;
  body: string | null;
  url: string | null;
  authors: string[];
  /** Authors marked as a person or an organisation; an absent key (older versions) reads as « none ». */
  authorKinds?: Record<string, AuthorKind>;
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
  files?: SnapshotFile[];
}

export type SnapshotField = keyof ResourceSnapshot;

/** In the order the history shows them (the web app's « Historique » uses the same list). */
export const SNAPSHOT_FIELDS: readonly SnapshotField[] = RESOURCE_HISTORY_FIELDS;

/** The fields whose value differs between two snapshots (all of them for the first version). */
export function changedFields(before: ResourceSnapshot | null, after: ResourceSnapshot): SnapshotField[] {
  return SNAPSHOT_FIELDS.filter(
    (field) =>
      before === null || comparable(field, valueOf(before, field)) !== comparable(field, valueOf(after, field)),
  );
}

/** Marking an author as a person or an organisation is a change of the authors (the history shows no other field). */
const valueOf = (snapshot: ResourceSnapshot, field: SnapshotField): unknown =>
  field === 'authors' ? [snapshot.authors, sortedKinds(snapshot.authorKinds)] : snapshot[field];

const sortedKinds = (kinds: ResourceSnapshot['authorKinds']) =>
  Object.entries(kinds ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

// References compare by slug, so that a renamed theme is not a change of the resource.
function comparable(field: SnapshotField, value: unknown): string {
  if (field === 'themes' || field === 'audiences') return JSON.stringify((value as SnapshotRef[]).map((r) => r.slug));
  if (field === 'organisation') return JSON.stringify((value as SnapshotRef | null)?.slug ?? null);
  if (field === 'files')
    return JSON.stringify(((value as SnapshotFile[] | undefined) ?? []).map((f) => [f.id, f.main]));
  return JSON.stringify(value ?? null);
}

/** A snapshot as a draft for the normal update path (restoring a version): its files are attached again. */
export function snapshotToDraft(snapshot: ResourceSnapshot): ResourceDraft & { files: FileChoice[] } {
  return {
    type: snapshot.type,
    format: snapshot.format,
    title: snapshot.title,
    summary: snapshot.summary,
    body: snapshot.body,
    url: snapshot.url,
    authors: snapshot.authors,
    authorKinds: Object.entries(snapshot.authorKinds ?? {}).map(([name, kind]) => ({ name, kind })),
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
    files: (snapshot.files ?? []).map((file) => ({ id: file.id, main: file.main })),
  };
}
