import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { ResourceEntity } from '../resources/resource.entity';
import { ResourcesService, checkPaging } from '../resources/resources.service';
import { BookmarkEntity } from './bookmark.entity';
import { REACTION_KINDS, ReactionCountObject, ReactionKind } from './dto/reaction.objects';
import { ReactionEntity } from './reaction.entity';
import { findBookmarkPage, findBookmarkedAmong, findReactions, type ReactionRow } from './reaction-rows';
import type { CombinedReads } from '../../common/database/combined-rows';

/** Reactions and bookmarks: signed-in members, on resources they can see (the resources policy decides). */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
  ) {}

  async counts(resourceId: string, actor: Actor | null): Promise<ReactionCountObject[]> {
    return (await this.countsOfMany([resourceId], actor)).get(resourceId)!;
  }

  /** The reaction counts of several resources in one statement (a page of search hits, say). */
  async countsOfMany(
    resourceIds: string[],
    actor: Actor | null,
    reads?: CombinedReads,
  ): Promise<Map<string, ReactionCountObject[]>> {
    const reactions = await findReactions(this.dataSource.manager, resourceIds, reads);
    return new Map(
      resourceIds.map((id) => [
        id,
        presentCounts(
          reactions.filter((reaction) => reaction.resource_id === id),
          actor,
        ),
      ]),
    );
  }

  async toggle(actor: Actor | null, slug: string, kind: ReactionKind): Promise<ReactionCountObject[]> {
    const current = requireActor(actor);
    const resource = await this.resources.getBySlug(slug, current);
    await this.dataSource.transaction(async (manager) => {
      const reaction = { resourceId: resource.id, memberId: current.id, kind };
      const removed = await manager.delete(ReactionEntity, reaction);
      if (!removed.affected) await manager.insert(ReactionEntity, reaction);
    });
    return this.counts(resource.id, current);
  }

  async isBookmarked(resourceId: string, actor: Actor | null): Promise<boolean> {
    if (!actor) return false;
    return this.dataSource.manager.existsBy(BookmarkEntity, { memberId: actor.id, resourceId });
  }

  /** Which of these resources are in the actor's favourites, in one statement. */
  async bookmarkedAmong(
    resourceIds: string[],
    actor: Actor | null,
    reads?: CombinedReads,
  ): Promise<Map<string, boolean>> {
    if (!actor) return new Map();
    const rows = await findBookmarkedAmong(this.dataSource.manager, actor.id, resourceIds, reads);
    return new Map(rows.map((row) => [row.resource_id, true]));
  }

  async setBookmark(actor: Actor | null, slug: string, bookmarked: boolean): Promise<boolean> {
    const current = requireActor(actor);
    const resource = await this.resources.getBySlug(slug, current);
    if (bookmarked) {
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(BookmarkEntity)
        .values({ memberId: current.id, resourceId: resource.id })
        .orIgnore()
        .execute();
    } else {
      await this.dataSource.manager.delete(BookmarkEntity, { memberId: current.id, resourceId: resource.id });
    }
    return bookmarked;
  }

  /** The actor's favourites they may still see, newest bookmark first. */
  async bookmarks(actor: Actor | null, page = 1, pageSize: number = LIMITS.pageSizeDefault) {
    const current = requireActor(actor);
    checkPaging(page, pageSize);
    const rows = await findBookmarkPage(this.dataSource.manager, current, pageSize, (page - 1) * pageSize);
    const items: ResourceEntity[] = await this.resources.loadWithRelations(rows.map((row) => row.resource_id));
    return { items, total: rows[0]?.total ?? 0, page, pageSize };
  }
}

/** The counts per kind of one resource's reactions (oldest first), with who reacted. */
function presentCounts(reactions: ReactionRow[], actor: Actor | null): ReactionCountObject[] {
  return REACTION_KINDS.map((kind) => {
    const of = reactions.filter((reaction) => reaction.kind === kind);
    return {
      kind,
      count: of.length,
      viewerReacted: Boolean(actor && of.some((reaction) => reaction.member_id === actor.id)),
      members: of.map((reaction) => ({
        id: reaction.member_id,
        slug: reaction.member_slug,
        name: reaction.member_name,
        title: reaction.member_title,
        organisation: null,
      })),
    };
  });
}
