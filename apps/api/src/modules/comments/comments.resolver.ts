import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ResourceObject } from '../resources/dto/resource.object';
import { commentsPolicy } from './comments.policy';
import { CommentRow, CommentsService } from './comments.service';
import { CommentObject } from './dto/comment.object';

function presentComment(row: CommentRow, actor: Actor | null, replies: CommentObject[] = []): CommentObject {
  const gone = Boolean(row.deleted_at || row.hidden_at);
  return {
    id: row.id,
    author: row.author_id ? { id: row.author_id, slug: row.author_slug!, name: row.author_name!, title: null, organisation: null } : null,
    html: gone ? '' : row.html,
    markdown: gone ? '' : row.markdown,
    createdAt: row.created_at,
    edited: row.updated_at.getTime() - row.created_at.getTime() > 1000,
    deleted: Boolean(row.deleted_at),
    hidden: Boolean(row.hidden_at),
    viewerCanEdit: !gone && commentsPolicy.canEdit(actor, { authorId: row.author_id }),
    replies,
  };
}

@Resolver(() => ResourceObject)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @ResolveField(() => [CommentObject], { description: 'The discussion, oldest first, replies under their comment.' })
  async comments(@Parent() resource: ResourceObject, @CurrentActor() actor: Actor | null): Promise<CommentObject[]> {
    const rows = await this.service.forResource(resource.id);
    return rows
      .filter((row) => !row.parent_id)
      .map((row) => presentComment(row, actor, rows.filter((reply) => reply.parent_id === row.id).map((reply) => presentComment(reply, actor))));
  }

  @Mutation(() => CommentObject, { description: 'Markdown with a small allowlist; replies are one level deep.' })
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
}
