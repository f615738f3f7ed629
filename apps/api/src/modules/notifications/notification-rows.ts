import type { EntityManager } from 'typeorm';
import type { SqlSubject } from '../../common/auth/sql-subject';
import { queryRows } from '../../common/database/query-rows';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import type { NotificationKind } from './notification.entity';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
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
  theme_label_en: string | null;
  comment_id: string | null;
  excerpt_source: string | null;
  /** The members a comment mentions, slug → name: its excerpt names them. */
  mention_names: Record<string, string> | null;
}

/** The recipient (m) as the subject of the policies' SQL: they are only told about what they may see. */
const RECIPIENT: SqlSubject = { id: 'm.id', role: 'm.role' };
/** A deactivated member hears of nothing (members-admin.service.ts); reactivated, they hear again from then on. */
const RECIPIENT_ACTIVE = 'm.deactivated_at IS NULL';
const RECIPIENT_SEES = `(${resourcesPolicy.sqlVisibleTo(RECIPIENT, 'r')} AND ${RECIPIENT_ACTIVE})`;
const RECIPIENT_SEES_LIST = `(${readingListsPolicy.sqlVisibleTo(RECIPIENT, 'l')} AND ${RECIPIENT_ACTIVE})`;
/** A notification (n) whose subject — resource r or list l — the recipient m may still see. */
const SUBJECT_SEEN = `((r.id IS NOT NULL AND ${RECIPIENT_SEES}) OR (l.id IS NOT NULL AND ${RECIPIENT_SEES_LIST}))`;

/** Who hears of something, and as what (at most one kind per person). */
export type Targets = ReadonlyMap<string, NotificationKind>;

/** Notifies the targets who may see the resource of something about it (a comment or a debrief). */
export async function insertResourceNotifications(
  manager: EntityManager,
  resourceId: string,
  actorId: string,
  targets: Targets,
  refs: { commentId?: string; debriefId?: string },
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO notifications (recipient_id, kind, actor_id, resource_id, comment_id, debrief_id)
       SELECT m.id, x.kind, $3::uuid, r.id, $4::uuid, $5::uuid
       FROM unnest($1::uuid[], $2::text[]) AS x(recipient_id, kind)
       JOIN members m ON m.id = x.recipient_id
       JOIN resources r ON r.id = $6
       WHERE ${RECIPIENT_SEES}`,
    [[...targets.keys()], [...targets.values()], actorId, refs.commentId ?? null, refs.debriefId ?? null, resourceId],
  );
}

/** Notifies the targets who may see the list of a comment on it. */
export async function insertListCommentNotifications(
  manager: EntityManager,
  comment: { id: string; listId: string; authorId: string },
  targets: Targets,
): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO notifications (recipient_id, kind, actor_id, reading_list_id, comment_id)
       SELECT m.id, x.kind, $3::uuid, l.id, $4::uuid
       FROM unnest($1::uuid[], $2::text[]) AS x(recipient_id, kind)
       JOIN members m ON m.id = x.recipient_id
       JOIN reading_lists l ON l.id = $5
       WHERE ${RECIPIENT_SEES_LIST}`,
    [[...targets.keys()], [...targets.values()], comment.authorId, comment.id, comment.listId],
  );
}

/**
 * Tells the followers of a published resource's themes (but not its actor, nor who may not see it), once per resource
 * and person, naming the first of their followed themes.
 */
export async function insertResourceInThemeNotifications(
  manager: EntityManager,
  resourceId: string,
  actorId: string,
): Promise<void> {
  await queryRows(
    manager,
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

/**
 * A page of a member's notifications whose subject they may still see, newest first, after the cursor
 * (`after.at` is the exact `created_at` text, ties broken by id).
 */
export function findNotifications(
  manager: EntityManager,
  recipientId: string,
  after: { at: string; id: string } | null,
  limit: number,
): Promise<NotificationRow[]> {
  return queryRows<NotificationRow>(
    manager,
    `SELECT n.id, n.kind, n.created_at, n.created_at::text AS created_exact, n.read_at, n.actor_id, a.slug AS actor_slug, a.name AS actor_name,
              r.slug AS resource_slug, r.title AS resource_title, l.slug AS list_slug, l.title AS list_title,
              t.slug AS theme_slug, t.label AS theme_label, t.label_en AS theme_label_en, n.comment_id,
              CASE WHEN c.id IS NOT NULL THEN CASE WHEN c.deleted_at IS NULL AND c.hidden_at IS NULL THEN c.markdown END
                   WHEN d.id IS NOT NULL THEN d.went_well END AS excerpt_source,
              (SELECT json_object_agg(mm.slug, mm.name) FROM comment_mentions cm JOIN members mm ON mm.id = cm.member_id
                WHERE cm.comment_id = c.id) AS mention_names
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
    [recipientId, after?.at ?? null, limit, after?.id ?? null],
  );
}

/** How many of a member's notifications are unread, among those whose subject they may still see. */
export async function countUnreadNotifications(manager: EntityManager, recipientId: string): Promise<number> {
  const [{ count }] = await queryRows<{ count: number }>(
    manager,
    `SELECT count(*)::int AS count FROM notifications n JOIN members m ON m.id = n.recipient_id
       LEFT JOIN resources r ON r.id = n.resource_id LEFT JOIN reading_lists l ON l.id = n.reading_list_id
       WHERE n.recipient_id = $1 AND n.read_at IS NULL AND ${SUBJECT_SEEN}`,
    [recipientId],
  );
  return count;
}
