import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { type CombinedReads, readRows } from '../../common/database/combined-rows';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';

/** A comment with its author and whether the viewer already reported it, as threads show it. */
export interface CommentRow {
  id: string;
  resource_id: string | null;
  reading_list_id: string | null;
  parent_id: string | null;
  author_id: string | null;
  author_slug: string | null;
  author_name: string | null;
  markdown: string;
  html: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  hidden_at: Date | null;
  viewer_reported: boolean;
}

/** A comment in the moderation queue: its subject and the reports awaiting a decision. */
export interface ModerationRow extends CommentRow {
  resource_slug: string | null;
  resource_title: string | null;
  list_slug: string | null;
  list_title: string | null;
  reports: {
    reporterId: string | null;
    reporterSlug: string | null;
    reporterName: string | null;
    reason: string;
    createdAt: string;
  }[];
}

/** $1 is the viewer's id (or null): whether they already reported the comment and await a decision. */
const SELECT = `SELECT c.*, m.slug AS author_slug, m.name AS author_name,
  EXISTS (SELECT 1 FROM comment_reports cr WHERE cr.comment_id = c.id AND cr.reporter_id = $1 AND cr.resolved_at IS NULL) AS viewer_reported
  FROM comments c LEFT JOIN members m ON m.id = c.author_id`;

/** The comments of these resources, oldest first (within the request's combined statement when `reads` is given). */
export function findResourceComments(
  manager: EntityManager,
  resourceIds: string[],
  viewerId: string | null,
  reads?: CombinedReads,
): Promise<CommentRow[]> {
  return readRows<CommentRow>(
    manager,
    {
      sql: `${SELECT} WHERE c.resource_id = ANY($2::uuid[]) ORDER BY c.created_at, c.id`,
      params: [viewerId, resourceIds],
      dates: ['created_at', 'updated_at', 'deleted_at', 'hidden_at'],
    },
    reads,
  );
}

/** The comments of a reading list, oldest first. */
export function findListComments(
  manager: EntityManager,
  listId: string,
  viewerId: string | null,
): Promise<CommentRow[]> {
  return queryRows<CommentRow>(manager, `${SELECT} WHERE c.reading_list_id = $2 ORDER BY c.created_at, c.id`, [
    viewerId,
    listId,
  ]);
}

/** One comment (`id` must be a uuid); null when there is none. */
export async function findComment(
  manager: EntityManager,
  id: string,
  viewerId: string | null,
): Promise<CommentRow | null> {
  const [row] = await queryRows<CommentRow>(manager, `${SELECT} WHERE c.id = $2`, [viewerId, id]);
  return row ?? null;
}

/** Reports a comment, once while the report awaits a decision (partial unique `comment_reports_open_idx`). */
export async function insertOpenReport(
  manager: EntityManager,
  report: { commentId: string; reporterId: string; reason: string },
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO comment_reports (comment_id, reporter_id, reason) VALUES ($1, $2, $3)
     ON CONFLICT (comment_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING`,
    [report.commentId, report.reporterId, report.reason],
  );
}

/**
 * Comments with reports awaiting a decision, then hidden ones, newest report first (200 at most), among those the
 * moderator may see (the resource's or the list's visibility rule).
 */
export function findModerationQueue(manager: EntityManager, moderator: Actor): Promise<ModerationRow[]> {
  return queryRows<ModerationRow>(
    manager,
    `SELECT c.*, m.slug AS author_slug, m.name AS author_name, false AS viewer_reported, r.slug AS resource_slug, r.title AS resource_title,
            l.slug AS list_slug, l.title AS list_title,
            COALESCE(open.reports, '[]'::json) AS reports
     FROM comments c
     LEFT JOIN resources r ON r.id = c.resource_id
     LEFT JOIN reading_lists l ON l.id = c.reading_list_id
     LEFT JOIN members m ON m.id = c.author_id
     LEFT JOIN LATERAL (
       SELECT json_agg(json_build_object('reporterId', rm.id, 'reporterSlug', rm.slug, 'reporterName', rm.name, 'reason', cr.reason, 'createdAt', cr.created_at)
                       ORDER BY cr.created_at DESC) AS reports, max(cr.created_at) AS latest
       FROM comment_reports cr LEFT JOIN members rm ON rm.id = cr.reporter_id
       WHERE cr.comment_id = c.id AND cr.resolved_at IS NULL
     ) open ON true
     WHERE c.deleted_at IS NULL AND (open.reports IS NOT NULL OR c.hidden_at IS NOT NULL)
       AND (c.resource_id IS NULL OR ${resourcesPolicy.sqlVisible(moderator, 'r', '$1')})
       AND (c.reading_list_id IS NULL OR ${readingListsPolicy.sqlVisible(moderator, 'l', '$1')})
     ORDER BY (open.reports IS NULL), COALESCE(open.latest, c.hidden_at) DESC
     LIMIT 200`,
    [moderator.id],
  );
}
