import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { BatchLoader, requestLoader } from '../../common/database/request-loader';
import { requestReads } from '../../common/database/combined-rows';
import { MemberObject } from '../organisations/dto/organisation.objects';
import { ResourceObject } from '../resources/dto/resource.object';
import { presentComment, presentModerationItem, presentThread } from './comment.presenter';
import { CommentsService } from './comments.service';
import { CommentObject, ModerationItemObject } from './dto/comment.object';
import { ModerationService } from './moderation.service';

@Resolver(() => ResourceObject)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly moderation: ModerationService,
  ) {}

  @ResolveField(() => [CommentObject], { description: 'The discussion, oldest first, replies under their comment.' })
  async comments(
    @Parent() resource: ResourceObject,
    @CurrentActor() actor: Actor | null,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<CommentObject[]> {
    // Batched per request: a page of resources costs one statement, not one per resource.
    const loader = requestLoader(
      req,
      'resourceComments',
      () =>
        new BatchLoader(
          (ids) => this.service.forResources(ids, actor, requestReads(req)),
          () => [],
        ),
    );
    return presentThread(await loader.load(resource.id), actor);
  }

  @Mutation(() => CommentObject, {
    description: 'Markdown with a small allowlist; `@slug` mentions a member; replies are one level deep.',
  })
  async createComment(
    @Args('resourceSlug') resourceSlug: string,
    @Args('markdown') markdown: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<CommentObject> {
    return presentComment(await this.service.create(actor, resourceSlug, markdown, parentId ?? null), actor);
  }

  @Mutation(() => CommentObject)
  async updateComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('markdown') markdown: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<CommentObject> {
    return presentComment(await this.service.update(actor, id, markdown), actor);
  }

  @Mutation(() => Boolean, { description: 'Soft delete: the thread keeps its shape.' })
  deleteComment(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.service.delete(actor, id);
  }

  @Query(() => [MemberObject], {
    description: 'Signed-in members: who `@…` may mention, by name or address (8 at most).',
  })
  async mentionCandidates(@Args('query') query: string, @CurrentActor() actor: Actor | null): Promise<MemberObject[]> {
    const rows = await this.service.mentionCandidates(actor, query);
    return rows.map((row) => ({ ...row, organisation: null }));
  }

  @Mutation(() => Boolean, {
    description: 'Any member reports another’s comment to the moderators (3 to 500 characters of reason).',
  })
  reportComment(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.moderation.report(actor, id, reason);
  }

  @Query(() => [ModerationItemObject], { description: 'Coordinators and admins: reported comments, then hidden ones.' })
  async moderationQueue(@CurrentActor() actor: Actor | null): Promise<ModerationItemObject[]> {
    return (await this.moderation.queue(actor)).map(presentModerationItem);
  }

  @Mutation(() => CommentObject, {
    description: 'Coordinators and admins: hides a comment and settles its reports (audited).',
  })
  async hideComment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<CommentObject> {
    return presentComment(await this.moderation.hide(actor, id), actor);
  }

  @Mutation(() => CommentObject, {
    description: 'Coordinators and admins: shows a comment again and dismisses its reports (audited).',
  })
  async restoreComment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<CommentObject> {
    return presentComment(await this.moderation.restore(actor, id), actor);
  }
}
