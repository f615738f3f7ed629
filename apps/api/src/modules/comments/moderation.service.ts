import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { CommentReportEntity } from './comment-report.entity';
import { type CommentRow, findModerationQueue, insertOpenReport, type ModerationRow } from './comment-rows';
import { CommentEntity } from './comment.entity';
import { commentsPolicy } from './comments.policy';
import { CommentsService, UPDATED_AT_UNCHANGED } from './comments.service';

const REASON_MIN = 3;
const REASON_MAX = 500;

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
    await insertOpenReport(this.dataSource.manager, { commentId: id, reporterId: current.id, reason: text });
    return true;
  }

  /**
   * Comments with reports awaiting a decision, then hidden ones (to restore), newest report first — only those the
   * moderator may see (`commentsPolicy`: moderators moderate what they may see; a private list's comments are left
   * to its team), the same rule as `decide`, which answers NOT_FOUND for the others.
   */
  async queue(actor: Actor | null): Promise<ModerationRow[]> {
    const current = this.requireModerator(actor);
    return findModerationQueue(this.dataSource.manager, current);
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
      await manager.update(
        CommentEntity,
        { id },
        decision === 'hidden'
          ? { hiddenAt: () => 'COALESCE(hidden_at, now())', hiddenById: current.id, ...UPDATED_AT_UNCHANGED }
          : { hiddenAt: null, hiddenById: null, ...UPDATED_AT_UNCHANGED },
      );
      await manager.update(
        CommentReportEntity,
        { commentId: id, resolvedAt: IsNull() },
        { resolvedAt: () => 'now()', resolvedById: current.id, resolution: decision },
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
