import type { Actor } from '../../common/auth/actor';
import { commentsPolicy } from './comments.policy';
import type { CommentRow, ModerationRow } from './comment-rows';
import type { CommentObject, ModerationItemObject } from './dto/comment.object';
import { memberRef } from '../organisations/dto/organisation.objects';

export function presentComment(row: CommentRow, actor: Actor | null, replies: CommentObject[] = []): CommentObject {
  const gone = Boolean(row.deleted_at || row.hidden_at);
  return {
    id: row.id,
    author: memberRef(row.author_id, row.author_slug, row.author_name),
    html: gone ? '' : row.html,
    markdown: gone ? '' : row.markdown,
    createdAt: row.created_at,
    edited: row.updated_at.getTime() - row.created_at.getTime() > 1000,
    deleted: Boolean(row.deleted_at),
    hidden: Boolean(row.hidden_at),
    viewerCanEdit: !gone && commentsPolicy.canEdit(actor, { authorId: row.author_id }),
    viewerCanReport: !gone && commentsPolicy.canReport(actor, { authorId: row.author_id }),
    viewerReported: Boolean(row.viewer_reported),
    replies,
  };
}

/** Top-level comments in order, each with its replies. */
export function presentThread(rows: CommentRow[], actor: Actor | null): CommentObject[] {
  return rows
    .filter((row) => !row.parent_id)
    .map((row) =>
      presentComment(
        row,
        actor,
        rows.filter((reply) => reply.parent_id === row.id).map((reply) => presentComment(reply, actor)),
      ),
    );
}

export function presentModerationItem(row: ModerationRow): ModerationItemObject {
  return {
    id: row.id,
    author: memberRef(row.author_id, row.author_slug, row.author_name),
    html: row.html,
    createdAt: row.created_at,
    hidden: Boolean(row.hidden_at),
    resource: row.resource_slug ? { slug: row.resource_slug, title: row.resource_title! } : null,
    readingList: row.list_slug ? { slug: row.list_slug, title: row.list_title! } : null,
    reports: row.reports.map((report) => ({
      reporter: memberRef(report.reporterId, report.reporterSlug, report.reporterName),
      reason: report.reason,
      createdAt: new Date(report.createdAt),
    })),
    reportCount: row.reports.length,
  };
}
