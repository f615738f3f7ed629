import type { DirectoryVisibility } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import type { Cursor } from '../../common/graphql/cursor';
import { resourcesPolicy } from '../resources/resources.policy';
import type { FollowKind, MemberProfileObject, NewsKind } from './dto/following.objects';

export interface FollowRow {
  kind: FollowKind;
  target_id: string;
  slug: string;
  label: string;
}

/** What a member follows, themes first, then organisations, then members, by label; vanished targets skipped. */
export function findFollows(manager: EntityManager, memberId: string): Promise<FollowRow[]> {
  return queryRows<FollowRow>(
    manager,
    `SELECT f.kind, f.target_id, COALESCE(t.slug, o.slug, m.slug) AS slug, COALESCE(t.label, o.name, m.name) AS label
       FROM follows f
       LEFT JOIN themes t ON f.kind = 'theme' AND t.id = f.target_id
       LEFT JOIN organisations o ON f.kind = 'organisation' AND o.id = f.target_id
       LEFT JOIN members m ON f.kind = 'member' AND m.id = f.target_id
       WHERE f.member_id = $1 AND COALESCE(t.id, o.id, m.id) IS NOT NULL
       ORDER BY array_position(ARRAY['theme', 'organisation', 'member']::varchar[], f.kind), 4`,
    [memberId],
  );
}

/** An item of the news feed: what happened, who did it, on which resource. */
export interface NewsRow {
  kind: NewsKind;
  item_id: string;
  at: Date;
  at_exact: string;
  actor_id: string | null;
  actor_slug: string | null;
  actor_name: string | null;
  resource_slug: string;
  resource_title: string;
  organisation_id: string | null;
  theme_ids: string[];
  excerpt_source: string | null;
  /** For a comment: the members it mentions, slug → name (its excerpt names them). */
  mention_names: Record<string, string> | null;
}

/** r is the resource concerned, a the member who acted: does one of the follows (CTE f) cover them? */
const FOLLOWED = (actorColumn: string) => `(
  EXISTS (SELECT 1 FROM resource_themes rt JOIN f ON f.kind = 'theme' AND f.target_id = rt.theme_id WHERE rt.resource_id = r.id)
  OR EXISTS (SELECT 1 FROM f WHERE f.kind = 'organisation' AND f.target_id = r.organisation_id)
  OR EXISTS (SELECT 1 FROM f WHERE f.kind = 'member' AND f.target_id = ${actorColumn}))`;

/** Each branch keeps to the time window itself, so that PostgreSQL reads only recent rows. */
const WINDOW = (column: string) =>
  `($2::timestamptz IS NULL OR ${column} <= $2) AND ($3::timestamptz IS NULL OR ${column} >= $3)`;

/**
 * The news feed of `viewer` (CTE f: what they follow), newest first, `limit` items at most: new resources, debriefs
 * and comments by others, on published resources the viewer may see; `after` continues a page, `before` and `since`
 * bound the time window.
 */
export function findNewsFeed(
  manager: EntityManager,
  viewer: Actor,
  options: { limit: number; after: Cursor | null; before: Date | null; since: Date | null },
): Promise<NewsRow[]> {
  return queryRows<NewsRow>(
    manager,
    `WITH f AS (SELECT kind, target_id FROM follows WHERE member_id = $1),
     items AS (
       SELECT 'resource' AS kind, r.id AS item_id, r.created_at AS at, r.contributor_id AS actor_id, r.id AS resource_id, r.summary AS excerpt_source
       FROM resources r
       WHERE ${WINDOW('r.created_at')} AND r.contributor_id IS DISTINCT FROM $1 AND ${FOLLOWED('r.contributor_id')}
       UNION ALL
       SELECT 'debrief', d.id, d.created_at, d.author_id, r.id, d.went_well
       FROM debriefs d JOIN resources r ON r.id = d.resource_id
       WHERE ${WINDOW('d.created_at')} AND d.author_id IS DISTINCT FROM $1 AND ${FOLLOWED('d.author_id')}
       UNION ALL
       SELECT 'comment', c.id, c.created_at, c.author_id, r.id, c.markdown
       FROM comments c JOIN resources r ON r.id = c.resource_id
       WHERE ${WINDOW('c.created_at')} AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND c.author_id IS DISTINCT FROM $1
         AND ${FOLLOWED('c.author_id')}
     )
     SELECT i.kind, i.item_id, i.at, i.at::text AS at_exact, i.actor_id, a.slug AS actor_slug, a.name AS actor_name, i.excerpt_source,
            CASE WHEN i.kind = 'comment' THEN (SELECT json_object_agg(mm.slug, mm.name) FROM comment_mentions cm
                 JOIN members mm ON mm.id = cm.member_id WHERE cm.comment_id = i.item_id) END AS mention_names,
            r.slug AS resource_slug, r.title AS resource_title, r.organisation_id,
            ARRAY(SELECT rt.theme_id FROM resource_themes rt WHERE rt.resource_id = r.id) AS theme_ids
     FROM items i
     JOIN resources r ON r.id = i.resource_id
     LEFT JOIN members a ON a.id = i.actor_id
     WHERE ${resourcesPolicy.sqlPublished('r')} AND ${resourcesPolicy.sqlVisible(viewer, 'r', '$1')}
       AND ($5::uuid IS NULL OR i.at < $6::timestamptz OR (i.at = $6::timestamptz AND i.item_id < $5::uuid))
       AND ($7::timestamptz IS NULL OR i.at < $7)
     ORDER BY i.at DESC, i.item_id DESC
     LIMIT $4`,
    [
      viewer.id,
      options.after?.at ?? options.before?.toISOString() ?? null,
      options.since,
      options.limit,
      options.after?.id ?? null,
      options.after?.at ?? null,
      options.before,
    ],
  );
}

const RECENT = 10;

/** A member's page as `viewer` sees it, by slug: null when no member has it. */
export interface MemberProfileRow {
  id: string;
  directory_visibility: DirectoryVisibility;
  deactivated_at: Date | null;
  slug: string;
  name: string;
  title: string | null;
  organisation: MemberProfileObject['member']['organisation'];
  expertise: MemberProfileObject['expertise'];
  follower_count: number;
  viewer_follows: boolean;
  recent: MemberProfileObject['recentResources'];
}

/**
 * A member with their organisation, expertise, follower count, whether `viewer` follows them, and their `RECENT`
 * newest resources the viewer may see (published ones, or all of their own when they are the viewer).
 */
export async function findMemberProfile(
  manager: EntityManager,
  slug: string,
  viewer: Actor | null,
): Promise<MemberProfileRow | null> {
  const [row] = await queryRows<MemberProfileRow>(
    manager,
    `SELECT m.id, m.slug, m.name, m.title, m.directory_visibility, m.deactivated_at,
            CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
                 'city', o.city, 'description', o.description) END AS organisation,
            COALESCE((SELECT json_agg(json_build_object('id', t.id, 'slug', t.slug, 'label', t.label, 'labelEn', t.label_en, 'description', t.description)
                               ORDER BY t.position, t.label)
                      FROM member_expertise me JOIN themes t ON t.id = me.theme_id WHERE me.member_id = m.id), '[]'::json) AS expertise,
            (SELECT count(*)::int FROM follows f WHERE f.kind = 'member' AND f.target_id = m.id) AS follower_count,
            EXISTS (SELECT 1 FROM follows f WHERE f.member_id = $2 AND f.kind = 'member' AND f.target_id = m.id) AS viewer_follows,
            COALESCE((SELECT json_agg(json_build_object('slug', x.slug, 'title', x.title) ORDER BY x.created_at DESC) FROM (
                SELECT r.slug, r.title, r.created_at FROM resources r
                WHERE r.contributor_id = m.id AND (${resourcesPolicy.sqlPublished('r')} OR m.id = $2) AND ${resourcesPolicy.sqlVisible(viewer, 'r', '$2')}
                ORDER BY r.created_at DESC LIMIT ${RECENT}) x), '[]'::json) AS recent
     FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id
     WHERE m.slug = $1`,
    [slug, viewer?.id ?? null],
  );
  return row ?? null;
}
