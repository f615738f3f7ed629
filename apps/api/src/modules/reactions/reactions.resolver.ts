import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { BatchLoader, requestLoader } from '../../common/database/request-loader';
import { requestReads } from '../../common/database/combined-rows';
import { ResourceObject, ResourcePageObject } from '../resources/dto/resource.object';
import { presentResource } from '../resources/resource.presenter';
import { PageArgs, ReactionCountObject, ReactionKindEnum, type ReactionKind } from './dto/reaction.objects';
import { ReactionsService } from './reactions.service';

@Resolver(() => ResourceObject)
export class ReactionsResolver {
  constructor(private readonly service: ReactionsService) {}

  @ResolveField(() => [ReactionCountObject], {
    description: '« utile », « testé sur le terrain », « à lire », with who reacted.',
  })
  reactions(
    @Parent() resource: ResourceObject,
    @CurrentActor() actor: Actor | null,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<ReactionCountObject[]> {
    // Batched per request: a page of resources costs one statement, not one per resource.
    const loader = requestLoader(
      req,
      'resourceReactions',
      () =>
        new BatchLoader(
          (ids) => this.service.countsOfMany(ids, actor, requestReads(req)),
          () => [],
        ),
    );
    return loader.load(resource.id);
  }

  @ResolveField(() => Boolean, { description: 'In the signed-in person’s favourites.' })
  bookmarked(
    @Parent() resource: ResourceObject,
    @CurrentActor() actor: Actor | null,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<boolean> {
    const loader = requestLoader(
      req,
      'resourceBookmarked',
      () =>
        new BatchLoader(
          (ids) => this.service.bookmarkedAmong(ids, actor, requestReads(req)),
          () => false,
        ),
    );
    return loader.load(resource.id);
  }

  @Mutation(() => [ReactionCountObject], { description: 'Adds the reaction, or removes it if already there.' })
  toggleReaction(
    @Args('resourceSlug') resourceSlug: string,
    @Args('kind', { type: () => ReactionKindEnum }) kind: ReactionKind,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReactionCountObject[]> {
    return this.service.toggle(actor, resourceSlug, kind);
  }

  @Mutation(() => Boolean)
  setBookmark(
    @Args('resourceSlug') resourceSlug: string,
    @Args('bookmarked') bookmarked: boolean,
    @CurrentActor() actor: Actor | null,
  ): Promise<boolean> {
    return this.service.setBookmark(actor, resourceSlug, bookmarked);
  }

  @Query(() => ResourcePageObject, { description: 'The signed-in person’s favourites, newest first.' })
  async bookmarks(
    @Args() { page, pageSize }: PageArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<ResourcePageObject> {
    const result = await this.service.bookmarks(actor, page, pageSize);
    return { ...result, items: result.items.map((item) => presentResource(item, actor)) };
  }
}
