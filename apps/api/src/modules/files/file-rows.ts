import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { type CombinedReads, readRows } from '../../common/database/combined-rows';
import type { Visibility } from '@culture-commune/shared';
import type { FileAccessFacts } from './files.policy';
import type { ResourceFileEntity } from './resource-file.entity';

/** What GraphQL shows of a file (decision 0013: set-based reads by name). */
export type AttachedFileRow = Pick<
  ResourceFileEntity,
  | 'id'
  | 'resourceId'
  | 'fileName'
  | 'mediaType'
  | 'extension'
  | 'size'
  | 'isMain'
  | 'thumbnailKey'
  | 'textStatus'
  | 'textError'
  | 'pageCount'
>;

/** The files on these resources (not removed), the main one first, then by position: one statement for a page. */
export function findAttachedFiles(
  manager: EntityManager,
  resourceIds: string[],
  reads?: CombinedReads,
): Promise<AttachedFileRow[]> {
  return readRows<AttachedFileRow>(
    manager,
    {
      sql: `SELECT id, resource_id AS "resourceId", file_name AS "fileName", media_type AS "mediaType", extension,
            size, is_main AS "isMain", thumbnail_key AS "thumbnailKey", text_status AS "textStatus",
            text_error AS "textError", page_count AS "pageCount"
       FROM resource_files
      WHERE resource_id = ANY($1::uuid[]) AND removed_at IS NULL
      ORDER BY resource_id, is_main DESC, position, id`,
      params: [resourceIds],
    },
    reads,
  );
}

/**
 * Records part `part` as received (idempotent: a part sent twice is listed once), with its S3 ETag. One statement, so
 * parts arriving at once on several replicas never overwrite each other's record.
 */
export async function recordUploadPart(
  manager: EntityManager,
  uploadId: string,
  part: number,
  etag: string | null,
): Promise<number[]> {
  const [row] = await queryRows<{ receivedParts: number[] }>(
    manager,
    `UPDATE file_uploads
        SET received_parts = ARRAY(SELECT DISTINCT p FROM unnest(received_parts || $2::int) AS p ORDER BY p),
            part_etags = CASE WHEN $3::text IS NULL THEN part_etags ELSE part_etags || jsonb_build_object($2::text, $3::text) END
      WHERE id = $1
      RETURNING received_parts AS "receivedParts"`,
    [uploadId, part, etag],
  );
  return row?.receivedParts ?? [];
}

/** Stored keys of a file: its bytes and its thumbnail, for the deletion job. */
export interface FileKeysRow {
  id: string;
  storageKey: string;
  thumbnailKey: string | null;
}

/** The files of resources in the bin since before `before` (about to be purged), with their resource. */
export function findFilesOfBinnedBefore(
  manager: EntityManager,
  before: Date,
): Promise<(FileKeysRow & { resourceId: string })[]> {
  return queryRows<FileKeysRow & { resourceId: string }>(
    manager,
    `SELECT f.id, f.resource_id AS "resourceId", f.storage_key AS "storageKey", f.thumbnail_key AS "thumbnailKey"
       FROM resource_files f JOIN resources r ON r.id = f.resource_id
      WHERE r.deleted_at IS NOT NULL AND r.deleted_at < $1`,
    [before],
  );
}

/** Files uploaded but never attached to a resource before `before`, deleted (rows) and answered (their keys). */
export function deleteUnattachedFilesBefore(manager: EntityManager, before: Date): Promise<FileKeysRow[]> {
  return queryRows<FileKeysRow>(
    manager,
    `DELETE FROM resource_files WHERE resource_id IS NULL AND created_at < $1
     RETURNING id, storage_key AS "storageKey", thumbnail_key AS "thumbnailKey"`,
    [before],
  );
}

export interface ExpiredUploadRow {
  id: string;
  storageKey: string;
  multipartId: string | null;
}

/** Uploads past their expiry, deleted (rows) and answered, so their stored parts can be dropped. */
export function deleteExpiredUploads(manager: EntityManager, now: Date): Promise<ExpiredUploadRow[]> {
  return queryRows<ExpiredUploadRow>(
    manager,
    `DELETE FROM file_uploads WHERE expires_at < $1
     RETURNING id, storage_key AS "storageKey", multipart_id AS "multipartId"`,
    [now],
  );
}

/** Sum of the sizes of these files, for the per-resource cap. */
export async function totalSize(manager: EntityManager, fileIds: string[]): Promise<number> {
  const [row] = await queryRows<{ total: string | null }>(
    manager,
    `SELECT sum(size)::text AS total FROM resource_files WHERE id = ANY($1::uuid[])`,
    [fileIds],
  );
  return Number(row?.total ?? 0);
}

/** A file with what decides who may read it. */
export interface FileAccessRow extends FileAccessFacts {
  id: string;
  fileName: string;
  mediaType: string;
  size: string;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
  /** Whether the resource is public (caches may keep it a little). */
  public: boolean;
}

export async function findFileAccess(manager: EntityManager, id: string): Promise<FileAccessRow | null> {
  const [row] = await queryRows<
    Omit<FileAccessRow, 'resource' | 'public'> & {
      visibility: Visibility | null;
      contributorId: string | null;
      deletedAt: Date | null;
    }
  >(
    manager,
    `SELECT f.id, f.resource_id AS "resourceId", f.uploaded_by AS "uploadedById", f.file_name AS "fileName",
            f.media_type AS "mediaType", f.size, f.sha256, f.storage_key AS "storageKey",
            f.thumbnail_key AS "thumbnailKey", r.visibility, r.contributor_id AS "contributorId",
            r.deleted_at AS "deletedAt"
       FROM resource_files f LEFT JOIN resources r ON r.id = f.resource_id
      WHERE f.id = $1`,
    [id],
  );
  if (!row) return null;
  const { visibility, contributorId, deletedAt, ...file } = row;
  return {
    ...file,
    resource: visibility ? { visibility, contributorId, deletedAt } : null,
    public: visibility === 'public' && !deletedAt,
  };
}

/** What one extraction found, as stored (decision 0023). */
export interface ExtractedText {
  status: 'done' | 'image_only' | 'none' | 'failed';
  error: string | null;
  /** Text per page (slide, sheet, chapter, chunk); empty pages are not stored, their numbers stay. */
  pages: string[];
  /** Pages counted (PDF, slides, sheets, chapters); null for files without pages. */
  pageCount: number | null;
  thumbnailKey: string | null;
}

/**
 * Replaces a file's pages and records its text status, in the caller's transaction, after locking the row. Answers
 * false when the file is gone (resource purged, upload swept while the extraction ran): nothing is written then.
 */
export async function saveExtractedText(manager: EntityManager, fileId: string, text: ExtractedText): Promise<boolean> {
  const locked = await queryRows(manager, `SELECT 1 FROM resource_files WHERE id = $1 FOR UPDATE`, [fileId]);
  if (locked.length === 0) return false;
  await queryRows(manager, `DELETE FROM resource_file_pages WHERE file_id = $1`, [fileId]);
  const pages = text.pages.map((body, index) => ({ page: index + 1, body })).filter((row) => row.body.trim());
  if (pages.length) {
    await queryRows(
      manager,
      `INSERT INTO resource_file_pages (file_id, page, text)
       SELECT $1, page, body FROM unnest($2::int[], $3::text[]) AS t(page, body)`,
      [fileId, pages.map((row) => row.page), pages.map((row) => row.body)],
    );
  }
  await queryRows(
    manager,
    `UPDATE resource_files
        SET text_status = $2, text_error = $3, page_count = $4, thumbnail_key = COALESCE($5, thumbnail_key)
      WHERE id = $1`,
    [fileId, text.status, text.error, text.pageCount, text.thumbnailKey],
  );
  return true;
}
