import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ReadingListObject } from '../reading-lists/dto/reading-list.objects';
import { presentComment, presentThread } from './comment.presenter';
import { CommentsService } from './comments.service';
import { CommentObject } from './dto/comment.object';

/** The discussion of a reading list, for those who may read it normally (not through a share link). */
@Resolver(() => ReadingListObject)
export class ReadingListCommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @ResolveField(() => [CommentObject], {
    description: 'Comments, oldest first, replies under their comment; empty through a share link.',
  })
  async comments(@Parent() list: ReadingListObject, @CurrentActor() actor: Actor | null): Promise<CommentObject[]> {
    if (list.viaShareLink) return [];
    return presentThread(await this.service.forList(list.id, actor), actor);
  }

  @Mutation(() => CommentObject, {
    description: 'A comment on a reading list (Markdown, `@mentions`, replies one level deep).',
  })
  async createReadingListComment(
    @Args('listSlug') listSlug: string,
    @Args('markdown') markdown: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<CommentObject> {
    return presentComment(await this.service.createOnList(actor, listSlug, markdown, parentId ?? null), actor);
  }
}
