import type { VersionRow } from './resource-history-rows';
import { memberRef } from '../organisations/dto/organisation.objects';
import type { ResourceFieldChangeObject, ResourceVersionObject } from './dto/resource-history.objects';
import {
  SNAPSHOT_FIELDS,
  type ResourceSnapshot,
  type SnapshotField,
  type SnapshotFile,
  type SnapshotRef,
} from './resource-snapshot';

/** A field's value as one line of text: lists joined, references by their label then; empty is null. */
export function readable(field: SnapshotField, value: ResourceSnapshot[SnapshotField] | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'themes' || field === 'audiences') {
    return (value as SnapshotRef[]).map((ref) => ref.label).join(', ') || null;
  }
  if (field === 'organisation') return (value as SnapshotRef).label;
  if (field === 'files') return (value as SnapshotFile[]).map((file) => file.name).join(', ') || null;
  if (Array.isArray(value)) return value.join(', ') || null;
  const text = String(value);
  return text === '' ? null : text;
}

const KIND_WORDS = { person: 'personne', organisation: 'organisation' } as const;

/** A field of a version as one line; authors say which were marked as a person or an organisation. */
function readableIn(snapshot: ResourceSnapshot, field: SnapshotField): string | null {
  if (field !== 'authors' || !snapshot.authorKinds) return readable(field, snapshot[field]);
  const kinds = snapshot.authorKinds;
  return (
    snapshot.authors.map((name) => (kinds[name] ? `${name} (${KIND_WORDS[kinds[name]]})` : name)).join(', ') || null
  );
}

/** The history as shown: newest first, each version with its changed fields before and after. */
export function presentVersions(rowsOldestFirst: VersionRow[]): ResourceVersionObject[] {
  const last = rowsOldestFirst.at(-1)?.version;
  return rowsOldestFirst
    .map((row, index) => {
      const previous = index > 0 ? rowsOldestFirst[index - 1].snapshot : null;
      const fields = SNAPSHOT_FIELDS.filter((field) => row.changed_fields.includes(field));
      const changes: ResourceFieldChangeObject[] = fields
        .map((field) => ({
          field,
          before: previous ? readableIn(previous, field) : null,
          after: readableIn(row.snapshot, field),
        }))
        // The first version lists what it was written with, not the empty fields.
        .filter((change) => previous !== null || change.after !== null);
      return {
        version: row.version,
        author: memberRef(row.author_id, row.author_slug, row.author_name),
        createdAt: row.created_at,
        changes,
        current: row.version === last,
      };
    })
    .reverse();
}
