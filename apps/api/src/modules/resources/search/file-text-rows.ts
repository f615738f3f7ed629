import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../common/database/query-rows';
import { notifyOutbox } from '../../outbox/outbox-rows';
import { RESOURCE_TOPIC } from './resource-index.definition';

export interface FilePageRow {
  resource_id: string;
  file_id: string;
  page: number;
  text: string;
}

/**
 * The extracted pages of the resources' attached, non-removed files, in ONE query for a whole indexing batch: main
 * file first, then by position; pages in order. Pages that start after `maxChars` characters of a resource's text are
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
    `SELECT resource_id, file_id, page, text FROM (
       SELECT f.resource_id, p.file_id, p.page, p.text,
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

export interface MatchedPageRow {
  resource_id: string;
  file_id: string;
  file_name: string;
  extension: string;
  page: number;
  text: string;
}

/**
 * For each resource, the page of its files that contains most of the (folded) words: ties go to the main file, then
 * by position, then the first page. A substring test (`strpos`), not a word-start regex (slower on every page), as the
 * excerpt marks whole words anyway (docs/benchmarks.md). One query for a page of search hits. `fold` is `[from, to]` for translate().
 */
export function findBestMatchingPages(
  manager: EntityManager,
  resourceIds: string[],
  words: string[],
  fold: [string, string],
): Promise<MatchedPageRow[]> {
  if (resourceIds.length === 0 || words.length === 0) return Promise.resolve([]);
  return queryRows<MatchedPageRow>(
    manager,
    `SELECT DISTINCT ON (resource_id) resource_id, file_id, file_name, extension, page, text FROM (
       SELECT f.resource_id, f.id AS file_id, f.file_name, f.extension, f.is_main, f.position, f.created_at, p.page, p.text,
              (SELECT count(*) FROM unnest($2::text[]) AS w(word) WHERE strpos(folded.text, w.word) > 0) AS found
         FROM resource_files f
         JOIN resource_file_pages p ON p.file_id = f.id
        CROSS JOIN LATERAL (SELECT translate(lower(p.text), $3, $4) AS text) folded
        WHERE f.resource_id = ANY($1::uuid[]) AND f.removed_at IS NULL
     ) pages
     WHERE found > 0
     ORDER BY resource_id, found DESC, is_main DESC, position, created_at, file_id, page`,
    [resourceIds, words, fold[0], fold[1]],
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
