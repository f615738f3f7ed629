import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import type { SqlSubject } from '../../common/auth/sql-subject';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { Cursor, encodeCursor } from '../../common/graphql/cursor';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import { plainExcerpt } from './plain-excerpt';

type Kind =
  'mention' | 'reply' | 'comment_on_resource' | 'debrief_on_resource' | 'resource_in_theme' | 'comment_on_list';

export interface NotificationRow {
  id: string;
  kind: Kind;
  created_at: Date;
  created_exact: string;
  read_at: Date | null;
  actor_id: string | null;
  actor_slug: string | null;
  actor_name: string | null;
  resource_slug: string | null;
  resource_title: string | null;
  list_slug: string | null;
  list_title: string | null;
  theme_slug: string | null;
  theme_label: string | null;
  comment_id: string | null;
  excerpt_source: string | null;
}

/** The recipient (m) as the subject of the policies' SQL: they are only told about what they may see. */
const RECIPIENT: SqlSubject = { id: 'm.id', role: 'm.role' };
const RECIPIENT_SEES = resourcesPolicy.sqlVisibleTo(RECIPIENT, 'r');
const RECIPIENT_SEES_LIST = readingListsPolicy.sqlVisibleTo(RECIPIENT, 'l');
/** A notification (n) whose subject — resource r or list l — the recipient m may still see. */
const SUBJECT_SEEN = `((r.id IS NOT NULL AND ${RECIPIENT_SEES}) OR (l.id IS NOT NULL AND ${RECIPIENT_SEES_LIST}))`;
const PAGE_MAX = 100;

/** Who hears of a comment, one kind per person: mention > reply (the parent's author) > comment on what I own. */
function commentTargets(
  mentionedIds: string[],
  parentAuthorId: string | null,
  ownerId: string | null,
  ownerKind: Kind,
): Map<string, Kind> {
  const targets = new Map<string, Kind>(mentionedIds.map((id) => [id, 'mention']));
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
    await manager.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, reading_list_id, comment_id)
       SELECT m.id, x.kind, $3::uuid, l.id, $4::uuid
       FROM unnest($1::uuid[], $2::text[]) AS x(recipient_id, kind)
       JOIN members m ON m.id = x.recipient_id
       JOIN reading_lists l ON l.id = $5
       WHERE ${RECIPIENT_SEES_LIST}`,
      [[...targets.keys()], [...targets.values()], comment.authorId, comment.id, comment.listId],
    );
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
    await manager.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, resource_id, theme_id)
       SELECT DISTINCT ON (f.member_id) f.member_id, 'resource_in_theme', $2::uuid, r.id, f.target_id
       FROM resources r
       JOIN resource_themes rt ON rt.resource_id = r.id
       JOIN follows f ON f.kind = 'theme' AND f.target_id = rt.theme_id
       JOIN members m ON m.id = f.member_id
       WHERE r.id = $1 AND ${resourcesPolicy.sqlPublished('r')} AND f.member_id <> $2::uuid AND ${RECIPIENT_SEES}
         AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = f.member_id AND n.resource_id = r.id AND n.kind = 'resource_in_theme')
       ORDER BY f.member_id, f.target_id`,
      [resourceId, actorId],
    );
  }

  private async insert(
    manager: EntityManager,
    resourceId: string,
    actorId: string,
    targets: Map<string, Kind>,
    refs: { commentId?: string; debriefId?: string },
  ): Promise<void> {
    targets.delete(actorId);
    if (targets.size === 0) return;
    await manager.query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, resource_id, comment_id, debrief_id)
       SELECT m.id, x.kind, $3::uuid, r.id, $4::uuid, $5::uuid
       FROM unnest($1::uuid[], $2::text[]) AS x(recipient_id, kind)
       JOIN members m ON m.id = x.recipient_id
       JOIN resources r ON r.id = $6
       WHERE ${RECIPIENT_SEES}`,
      [[...targets.keys()], [...targets.values()], actorId, refs.commentId ?? null, refs.debriefId ?? null, resourceId],
    );
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
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.created_at, n.created_at::text AS created_exact, n.read_at, n.actor_id, a.slug AS actor_slug, a.name AS actor_name,
              r.slug AS resource_slug, r.title AS resource_title, l.slug AS list_slug, l.title AS list_title,
              t.slug AS theme_slug, t.label AS theme_label, n.comment_id,
              CASE WHEN c.id IS NOT NULL THEN CASE WHEN c.deleted_at IS NULL AND c.hidden_at IS NULL THEN c.markdown END
                   WHEN d.id IS NOT NULL THEN d.went_well END AS excerpt_source
       FROM notifications n
       JOIN members m ON m.id = n.recipient_id
       LEFT JOIN resources r ON r.id = n.resource_id
       LEFT JOIN reading_lists l ON l.id = n.reading_list_id
       LEFT JOIN members a ON a.id = n.actor_id
       LEFT JOIN themes t ON t.id = n.theme_id
       LEFT JOIN comments c ON c.id = n.comment_id
       LEFT JOIN debriefs d ON d.id = n.debrief_id
       WHERE n.recipient_id = $1 AND ${SUBJECT_SEEN} AND ($2::timestamptz IS NULL OR n.created_at < $2::timestamptz OR (n.created_at = $2::timestamptz AND n.id < $4::uuid))
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT $3`,
      [current.id, after?.at ?? null, first + 1, after?.id ?? null],
    );
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
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications n JOIN members m ON m.id = n.recipient_id
       LEFT JOIN resources r ON r.id = n.resource_id LEFT JOIN reading_lists l ON l.id = n.reading_list_id
       WHERE n.recipient_id = $1 AND n.read_at IS NULL AND ${SUBJECT_SEEN}`,
      [current.id],
    );
    return count;
  }

  /** Marks the given notifications (all when `ids` is null) of the caller read; returns what stays unread. */
  async markRead(actor: Actor | null, ids: string[] | null): Promise<number> {
    const current = requireActor(actor);
    if (ids && ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id)))
      throw InvalidInputError.of('ids', 'unknown', { values: ids.join(', ') });
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [current.id, ids],
    );
    return this.unreadCount(current);
  }

  excerpt(row: NotificationRow): string | null {
    return row.excerpt_source ? plainExcerpt(row.excerpt_source) : null;
  }
}
