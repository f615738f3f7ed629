import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { Cursor, encodeCursor } from '../../common/graphql/cursor';
import { plainExcerpt } from '../notifications/plain-excerpt';
import { resourcesPolicy } from '../resources/resources.policy';
import { FollowKind, NewsKind, NewsItemObject } from './dto/following.objects';
import { FollowRow, FollowsService } from './follows.service';
import { memberRef } from '../organisations/dto/organisation.objects';

const PAGE_MAX = 100;

interface NewsRow {
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
 * « Quoi de neuf » : new resources, debriefs and comments from the themes, organisations and members a person follows,
 * newest first, among what they may see (published resources only). The weekly digest reads the same feed.
 */
@Injectable()
export class NewsFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly follows: FollowsService,
  ) {}

  async feed(
    actor: Actor | null,
    options: { first: number; after?: Cursor | null; before?: Date | null; since?: Date | null },
  ): Promise<{ items: NewsItemObject[]; hasMore: boolean; endCursor: string | null; followCount: number }> {
    const current = requireActor(actor);
    const { first } = options;
    if (!Number.isInteger(first) || first < 1 || first > PAGE_MAX)
      throw InvalidInputError.of('first', 'range', { min: 1, max: PAGE_MAX });
    const follows = await this.follows.list(current.id);
    if (follows.length === 0) return { items: [], hasMore: false, endCursor: null, followCount: 0 };
    const rows: NewsRow[] = await this.dataSource.query(
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
              r.slug AS resource_slug, r.title AS resource_title, r.organisation_id,
              ARRAY(SELECT rt.theme_id FROM resource_themes rt WHERE rt.resource_id = r.id) AS theme_ids
       FROM items i
       JOIN resources r ON r.id = i.resource_id
       LEFT JOIN members a ON a.id = i.actor_id
       WHERE ${resourcesPolicy.sqlPublished('r')} AND ${resourcesPolicy.sqlVisible(current, 'r', '$1')}
         AND ($5::uuid IS NULL OR i.at < $6::timestamptz OR (i.at = $6::timestamptz AND i.item_id < $5::uuid))
         AND ($7::timestamptz IS NULL OR i.at < $7)
       ORDER BY i.at DESC, i.item_id DESC
       LIMIT $4`,
      [
        current.id,
        options.after?.at ?? options.before?.toISOString() ?? null,
        options.since ?? null,
        first + 1,
        options.after?.id ?? null,
        options.after?.at ?? null,
        options.before ?? null,
      ],
    );
    const followed = new Map(follows.map((follow) => [`${follow.kind}:${follow.target_id}`, follow]));
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      items: page.map((row) => this.present(row, followed)),
      hasMore: rows.length > first,
      endCursor: last ? encodeCursor({ at: last.at_exact, id: last.item_id }) : null,
      followCount: follows.length,
    };
  }

  private present(row: NewsRow, followed: Map<string, FollowRow>): NewsItemObject {
    const keys = [
      ...row.theme_ids.map((id) => `${FollowKind.THEME}:${id}`),
      `${FollowKind.ORGANISATION}:${row.organisation_id}`,
      `${FollowKind.MEMBER}:${row.actor_id}`,
    ];
    return {
      id: `${row.kind}:${row.item_id}`,
      kind: row.kind,
      at: row.at,
      actor: memberRef(row.actor_id, row.actor_slug, row.actor_name),
      resource: { slug: row.resource_slug, title: row.resource_title },
      excerpt: row.excerpt_source ? plainExcerpt(row.excerpt_source) : null,
      because: keys.flatMap((key) => {
        const follow = followed.get(key);
        return follow ? [{ kind: follow.kind, slug: follow.slug, label: follow.label }] : [];
      }),
    };
  }
}
