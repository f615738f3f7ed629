import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { Cursor, encodeCursor } from '../../common/graphql/cursor';
import { NotificationEntity, type NotificationKind } from './notification.entity';
import {
  countUnreadNotifications,
  findNotifications,
  insertListCommentNotifications,
  insertResourceInThemeNotifications,
  insertResourceNotifications,
  type NotificationRow,
} from './notification-rows';
import { nameMentions } from '../comments/mentions';
import { plainExcerpt } from './plain-excerpt';

const PAGE_MAX = 100;

/** Who hears of a comment, one kind per person: mention > reply (the parent's author) > comment on what I own. */
function commentTargets(
  mentionedIds: string[],
  parentAuthorId: string | null,
  ownerId: string | null,
  ownerKind: NotificationKind,
): Map<string, NotificationKind> {
  const targets = new Map<string, NotificationKind>(mentionedIds.map((id) => [id, 'mention']));
  if (parentAuthorId && !targets.has(parentAuthorId)) targets.set(parentAuthorId, 'reply');
  if (ownerId && !targets.has(ownerId)) targets.set(ownerId, ownerKind);
  return targets;
}

/**
 * In-app notifications. Writers call the `on…` methods inside their own transaction, so that a comment and the
 * notifications it causes are written together or not at all.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new comment, or new mentions in an edited one: mention > reply > comment on my resource, one per person. */
  async onComment(
    manager: EntityManager,
    comment: {
      id: string;
      resourceId: string;
      authorId: string;
      parentAuthorId: string | null;
      resourceContributorId: string | null;
    },
    mentionedIds: string[],
    options: { mentionsOnly?: boolean } = {},
  ): Promise<void> {
    const all = !options.mentionsOnly;
    const targets = commentTargets(
      mentionedIds,
      all ? comment.parentAuthorId : null,
      all ? comment.resourceContributorId : null,
      'comment_on_resource',
    );
    await this.insert(manager, comment.resourceId, comment.authorId, targets, { commentId: comment.id });
  }

  /** A comment on a reading list: mention > reply > comment on my list (its curator), one per person. */
  async onListComment(
    manager: EntityManager,
    comment: { id: string; listId: string; authorId: string; parentAuthorId: string | null; curatorId: string | null },
    mentionedIds: string[],
    options: { mentionsOnly?: boolean } = {},
  ): Promise<void> {
    const all = !options.mentionsOnly;
    const targets = commentTargets(
      mentionedIds,
      all ? comment.parentAuthorId : null,
      all ? comment.curatorId : null,
      'comment_on_list',
    );
    targets.delete(comment.authorId);
    if (targets.size === 0) return;
    await insertListCommentNotifications(manager, comment, targets);
  }

  async onDebrief(
    manager: EntityManager,
    debrief: { id: string; resourceId: string; authorId: string; resourceContributorId: string | null },
  ) {
    if (!debrief.resourceContributorId) return;
    await this.insert(
      manager,
      debrief.resourceId,
      debrief.authorId,
      new Map([[debrief.resourceContributorId, 'debrief_on_resource']]),
      {
        debriefId: debrief.id,
      },
    );
  }

  /** A resource that is (now) published tells the followers of its themes, once per resource and person. */
  async onResourcePublished(manager: EntityManager, resourceId: string, actorId: string): Promise<void> {
    await insertResourceInThemeNotifications(manager, resourceId, actorId);
  }

  private async insert(
    manager: EntityManager,
    resourceId: string,
    actorId: string,
    targets: Map<string, NotificationKind>,
    refs: { commentId?: string; debriefId?: string },
  ): Promise<void> {
    targets.delete(actorId);
    if (targets.size === 0) return;
    await insertResourceNotifications(manager, resourceId, actorId, targets, refs);
  }

  /** Newest first; notifications about a resource the person may no longer see are left out. */
  async list(
    actor: Actor | null,
    first: number,
    after: Cursor | null,
  ): Promise<{ rows: NotificationRow[]; hasMore: boolean; endCursor: string | null }> {
    const current = requireActor(actor);
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX)
      throw InvalidInputError.of('first', 'range', { min: 1, max: PAGE_MAX });
    const rows = await findNotifications(this.dataSource.manager, current.id, after, first + 1);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      rows: page,
      hasMore: rows.length > first,
      endCursor: last ? encodeCursor({ at: last.created_exact, id: last.id }) : null,
    };
  }

  async unreadCount(actor: Actor | null): Promise<number> {
    const current = requireActor(actor);
    return countUnreadNotifications(this.dataSource.manager, current.id);
  }

  /** Marks the given notifications (all when `ids` is null) of the caller read; returns what stays unread. */
  async markRead(actor: Actor | null, ids: string[] | null): Promise<number> {
    const current = requireActor(actor);
    if (ids && ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id)))
      throw InvalidInputError.of('ids', 'unknown', { values: ids.join(', ') });
    await this.dataSource.manager.update(
      NotificationEntity,
      { recipientId: current.id, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) },
      { readAt: () => 'now()' },
    );
    return this.unreadCount(current);
  }

  excerpt(row: NotificationRow): string | null {
    return row.excerpt_source ? plainExcerpt(nameMentions(row.excerpt_source, row.mention_names)) : null;
  }
}
