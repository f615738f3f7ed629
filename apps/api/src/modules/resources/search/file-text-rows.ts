import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../common/database/query-rows';
import { notifyOutbox } from '../../outbox/outbox-rows';
import { RESOURCE_TOPIC } from './resource-index.definition';

export interface FilePageRow {
  resource_id: string;
  file_id: string;
  file_name: string;
  extension: string;
  page: number;
  text: string;
}

/**
 * The extracted pages of the resources' attached, non-removed files, in ONE query for a whole indexing batch (or the
 * hits of a search page that matched in their files): main file first, then by position; pages in order. Pages that start after `maxChars` characters of a resource's text are
 * not even read (the document keeps fewer words than that anyway, see resource-file-text.ts).
 */
export function findIndexedFilePages(
  manager: EntityManager,
  resourceIds: string[],
  maxChars: number,
): Promise<FilePageRow[]> {
  if (resourceIds.length === 0) return Promise.resolve([]);
  return queryRows<FilePageRow>(
    manager,
    `SELECT resource_id, file_id, file_name, extension, page, text FROM (
       SELECT f.resource_id, p.file_id, f.file_name, f.extension, p.page, p.text,
              row_number() OVER w AS ord,
              coalesce(sum(length(p.text)) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
         FROM resource_files f
         JOIN resource_file_pages p ON p.file_id = f.id
        WHERE f.resource_id = ANY($1::uuid[]) AND f.removed_at IS NULL
       WINDOW w AS (PARTITION BY f.resource_id ORDER BY f.is_main DESC, f.position, f.created_at, f.id, p.page)
     ) pages
     WHERE before < $2
     ORDER BY resource_id, ord`,
    [resourceIds, maxChars],
  );
}

/**
 * Queues, in the caller's transaction, the search documents of the resources these files are attached to (pages
 * written, file attached, removed or made main). Files not attached to a resource queue nothing.
 */
export async function queueResourcesOfFiles(manager: EntityManager, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  const queued = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO outbox_events (topic, aggregate_id)
     SELECT DISTINCT $1, resource_id FROM resource_files WHERE id = ANY($2::uuid[]) AND resource_id IS NOT NULL
     RETURNING id`,
    [RESOURCE_TOPIC, fileIds],
  );
  if (queued.length) await notifyOutbox(manager);
}
