import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import { commentsPolicy } from './comments.policy';
import { CommentRow, CommentsService } from './comments.service';

const REASON_MIN = 3;
const REASON_MAX = 500;

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

/** Reports by members, and the queue where coordinators and admins hide or restore comments. */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: CommentsService,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent while the report waits for a decision; one's own comment cannot be reported. */
  async report(actor: Actor | null, id: string, reason: string): Promise<boolean> {
    const current = requireActor(actor);
    const comment = await this.comments.visible(current, id);
    if (!commentsPolicy.canReport(current, { authorId: comment.author_id })) {
      throw new ForbiddenError('forbidden.reportOwnComment');
    }
    const text = reason.trim();
    if (text.length < REASON_MIN) throw InvalidInputError.of('reason', 'minLength', { min: REASON_MIN });
    if (text.length > REASON_MAX) throw InvalidInputError.of('reason', 'maxLength', { max: REASON_MAX });
    if (comment.deleted_at) return true;
    await this.dataSource.query(
      `INSERT INTO comment_reports (comment_id, reporter_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (comment_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING`,
      [id, current.id, text],
    );
    return true;
  }

  /**
   * Comments with reports awaiting a decision, then hidden ones (to restore), newest report first — only those the
   * moderator may see (`commentsPolicy`: moderators moderate what they may see; a private list's comments are left
   * to its team), the same rule as `decide`, which answers NOT_FOUND for the others.
   */
  async queue(actor: Actor | null): Promise<ModerationRow[]> {
    const current = this.requireModerator(actor);
    return this.dataSource.query(
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
         AND (c.resource_id IS NULL OR ${resourcesPolicy.sqlVisible(current, 'r', '$1')})
         AND (c.reading_list_id IS NULL OR ${readingListsPolicy.sqlVisible(current, 'l', '$1')})
       ORDER BY (open.reports IS NULL), COALESCE(open.latest, c.hidden_at) DESC
       LIMIT 200`,
      [current.id],
    );
  }

  /** Hides the comment from everyone but moderators (the thread keeps its place); pending reports are settled. */
  hide(actor: Actor | null, id: string): Promise<CommentRow> {
    return this.decide(actor, id, 'hidden');
  }

  restore(actor: Actor | null, id: string): Promise<CommentRow> {
    return this.decide(actor, id, 'restored');
  }

  private async decide(actor: Actor | null, id: string, decision: 'hidden' | 'restored'): Promise<CommentRow> {
    const current = this.requireModerator(actor);
    const comment = await this.comments.visible(current, id);
    if (comment.deleted_at)
      throw InvalidInputError.of('id', 'unknown', { values: 'commentaire supprimé par son auteur·rice' });
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        decision === 'hidden'
          ? `UPDATE comments SET hidden_at = COALESCE(hidden_at, now()), hidden_by = $2 WHERE id = $1`
          : `UPDATE comments SET hidden_at = NULL, hidden_by = NULL WHERE id = $1 AND $2::uuid IS NOT NULL`,
        [id, current.id],
      );
      await manager.query(
        `UPDATE comment_reports SET resolved_at = now(), resolved_by = $2, resolution = $3 WHERE comment_id = $1 AND resolved_at IS NULL`,
        [id, current.id, decision],
      );
      await this.audit.record(
        decision === 'hidden' ? 'comment.hidden' : 'comment.restored',
        current.id,
        id,
        {},
        manager,
      );
    });
    return this.comments.find(id, current);
  }

  private requireModerator(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!commentsPolicy.canModerate(current)) throw new ForbiddenError('forbidden.moderator');
    return current;
  }
}
