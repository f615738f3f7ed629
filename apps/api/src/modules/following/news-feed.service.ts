import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { Cursor, encodeCursor } from '../../common/graphql/cursor';
import { nameMentions } from '../comments/mentions';
import { plainExcerpt } from '../notifications/plain-excerpt';
import { FollowKind, NewsItemObject } from './dto/following.objects';
import { findNewsFeed, type NewsRow } from './follow-rows';
import { FollowRow, FollowsService } from './follows.service';
import { memberRef } from '../organisations/dto/organisation.objects';

const PAGE_MAX = 100;

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
    const rows = await findNewsFeed(this.dataSource.manager, current, {
      limit: first + 1,
      after: options.after ?? null,
      before: options.before ?? null,
      since: options.since ?? null,
    });
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
      excerpt: row.excerpt_source ? plainExcerpt(nameMentions(row.excerpt_source, row.mention_names)) : null,
      because: keys.flatMap((key) => {
        const follow = followed.get(key);
        return follow ? [{ kind: follow.kind, slug: follow.slug, label: follow.label }] : [];
      }),
    };
  }
}
