import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { NotificationsService } from '../notifications/notifications.service';
import { ReadingListsService } from '../reading-lists/reading-lists.service';
import { ResourcesService } from '../resources/resources.service';
import { commentsPolicy } from './comments.policy';
import { renderCommentMarkdown } from './markdown';
import { markMentions, mentionedSlugs } from './mentions';
import { groupBy } from '../../common/database/request-loader';
import { MemberEntity } from '../organisations/member.entity';
import { ReadingListEntity } from '../reading-lists/reading-list.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { CommentMentionEntity } from './comment-mention.entity';
import { type CommentRow, findComment, findListComments, findResourceComments } from './comment-rows';
import { CommentEntity } from './comment.entity';
import { isUuid } from '../../common/uuid';
import type { CombinedReads } from '../../common/database/combined-rows';

const MARKDOWN_MAX = 5000;
const CANDIDATES_MAX = 8;

/** Deleting, hiding or restoring is not an edit: `updated_at` (the UpdateDateColumn) keeps its value. */
export const UPDATED_AT_UNCHANGED = { updatedAt: () => 'updated_at' };

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
    private readonly notifications: NotificationsService,
    private readonly lists: ReadingListsService,
  ) {}

  /** Every comment of a resource the caller already may see, oldest first. */
  forResource(resourceId: string, actor: Actor | null): Promise<CommentRow[]> {
    return findResourceComments(this.dataSource.manager, [resourceId], actor?.id ?? null);
  }

  /** The comments of several resources (a page of hits) in one statement, by resource, each oldest first. */
  async forResources(
    resourceIds: string[],
    actor: Actor | null,
    reads?: CombinedReads,
  ): Promise<Map<string, CommentRow[]>> {
    const rows = await findResourceComments(this.dataSource.manager, resourceIds, actor?.id ?? null, reads);
    return groupBy(rows, (row) => row.resource_id);
  }

  /** Comments on a reading list the caller already may see (not through a share link), oldest first. */
  forList(listId: string, actor: Actor | null): Promise<CommentRow[]> {
    return findListComments(this.dataSource.manager, listId, actor?.id ?? null);
  }

  /** A comment on a reading list, for members who may read it; mentions, replies and the curator are notified. */
  async createOnList(
    actor: Actor | null,
    listSlug: string,
    markdown: string,
    parentId: string | null,
  ): Promise<CommentRow> {
    const current = requireActor(actor);
    const { list } = await this.lists.readable(listSlug, current);
    const source = this.checkMarkdown(markdown);
    const parentAuthorId = await this.checkParent(parentId, current, (parent) => parent.reading_list_id === list.id);
    const id = await this.dataSource.transaction(async (manager) => {
      const mentions = await this.resolveMentions(manager, source);
      const row = await this.insertComment(
        manager,
        { readingListId: list.id, parentId, authorId: current.id },
        source,
        mentions,
      );
      await this.saveMentions(manager, row.id, mentions);
      await this.notifications.onListComment(
        manager,
        { id: row.id, listId: list.id, authorId: current.id, parentAuthorId, curatorId: list.curator_id },
        mentions.map((member) => member.id),
      );
      return row.id;
    });
    return this.find(id, current);
  }

  async create(
    actor: Actor | null,
    resourceSlug: string,
    markdown: string,
    parentId: string | null,
  ): Promise<CommentRow> {
    const current = requireActor(actor);
    const resource = await this.resources.getBySlug(resourceSlug, current);
    const source = this.checkMarkdown(markdown);
    const parentAuthorId = await this.checkParent(parentId, current, (parent) => parent.resource_id === resource.id);
    const id = await this.dataSource.transaction(async (manager) => {
      const mentions = await this.resolveMentions(manager, source);
      const row = await this.insertComment(
        manager,
        { resourceId: resource.id, parentId, authorId: current.id },
        source,
        mentions,
      );
      await this.saveMentions(manager, row.id, mentions);
      await this.notifications.onComment(
        manager,
        {
          id: row.id,
          resourceId: resource.id,
          authorId: current.id,
          parentAuthorId,
          resourceContributorId: resource.contributor?.id ?? null,
        },
        mentions.map((member) => member.id),
      );
      return row.id;
    });
    return this.find(id, current);
  }

  /** Edits the text; people newly mentioned are notified, those already mentioned are not told again. */
  async update(actor: Actor | null, id: string, markdown: string): Promise<CommentRow> {
    const current = requireActor(actor);
    const comment = await this.visible(current, id);
    if (comment.deleted_at || comment.hidden_at || !commentsPolicy.canEdit(current, { authorId: comment.author_id })) {
      throw new ForbiddenError('forbidden.commentAuthor');
    }
    const source = this.checkMarkdown(markdown);
    await this.dataSource.transaction(async (manager) => {
      const mentions = await this.resolveMentions(manager, source);
      const before = await manager.findBy(CommentMentionEntity, { commentId: id });
      const known = new Set(before.map((row) => row.memberId));
      // updated_at is the UpdateDateColumn: TypeORM sets it to now with the text.
      await manager.update(CommentEntity, { id }, { markdown: source, html: this.render(source, mentions) });
      await manager.delete(CommentMentionEntity, { commentId: id });
      await this.saveMentions(manager, id, mentions);
      const fresh = mentions.filter((member) => !known.has(member.id)).map((member) => member.id);
      if (!comment.resource_id) {
        const subject = {
          id,
          listId: comment.reading_list_id!,
          authorId: current.id,
          parentAuthorId: null,
          curatorId: null,
        };
        await this.notifications.onListComment(manager, subject, fresh, { mentionsOnly: true });
        return;
      }
      await this.notifications.onComment(
        manager,
        {
          id,
          resourceId: comment.resource_id,
          authorId: current.id,
          parentAuthorId: null,
          resourceContributorId: null,
        },
        fresh,
        { mentionsOnly: true },
      );
    });
    return this.find(id, current);
  }

  /** The parent's author, after checking it is a top-level comment of the same subject. */
  private async checkParent(
    parentId: string | null,
    actor: Actor,
    sameSubject: (parent: CommentRow) => boolean,
  ): Promise<string | null> {
    if (!parentId) return null;
    const parent = await this.find(parentId, actor);
    if (!sameSubject(parent)) throw InvalidInputError.of('parentId', 'unknown', { values: parentId });
    if (parent.parent_id)
      throw InvalidInputError.of('parentId', 'unknown', { values: 'une réponse ne reçoit pas de réponse' });
    return parent.author_id;
  }

  /** Soft: the thread keeps its shape, the text is gone. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    const current = requireActor(actor);
    const comment = await this.visible(current, id);
    if (!commentsPolicy.canDelete(current, { authorId: comment.author_id })) throw new ForbiddenError();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        CommentEntity,
        { id },
        { deletedAt: () => 'now()', markdown: '', html: '', ...UPDATED_AT_UNCHANGED },
      );
      await manager.delete(CommentMentionEntity, { commentId: id });
    });
    return true;
  }

  /** Members who may be mentioned, for the autocomplete: by name or address, without accents or case. */
  async mentionCandidates(
    actor: Actor | null,
    query: string,
  ): Promise<{ id: string; slug: string; name: string; title: string | null }[]> {
    requireActor(actor);
    const folded = query
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (folded.length > 60) throw InvalidInputError.of('query', 'maxLength', { max: 60 });
    return this.dataSource.manager
      .createQueryBuilder(MemberEntity, 'member')
      .select(['member.id', 'member.slug', 'member.name', 'member.title'])
      .where(`:folded = '' OR member.slug LIKE :folded || '%' OR member.slug LIKE '%-' || :folded || '%'`, { folded })
      .orderBy(`(member.slug LIKE :folded || '%')`, 'DESC')
      .addOrderBy('member.name')
      .limit(CANDIDATES_MAX)
      .getMany();
  }

  /** The comment if its resource (or reading list) is visible to the actor (NOT_FOUND otherwise). */
  async visible(actor: Actor, id: string): Promise<CommentRow> {
    const comment = await this.find(id, actor);
    if (comment.resource_id) {
      const { slug } = await this.dataSource.manager.findOneOrFail(ResourceEntity, {
        select: { slug: true },
        where: { id: comment.resource_id },
      });
      await this.resources.getBySlug(slug, actor);
    } else {
      const { slug } = await this.dataSource.manager.findOneOrFail(ReadingListEntity, {
        select: { slug: true },
        where: { id: comment.reading_list_id! },
      });
      await this.lists.readable(slug, actor);
    }
    return comment;
  }

  async find(id: string, actor: Actor | null): Promise<CommentRow> {
    const row = isUuid(id) ? await findComment(this.dataSource.manager, id, actor?.id ?? null) : null;
    if (!row) throw new NotFoundError('comment', id);
    return row;
  }

  private checkMarkdown(markdown: string): string {
    const source = markdown.trim();
    if (!source) throw InvalidInputError.of('markdown', 'required');
    if (source.length > MARKDOWN_MAX) throw InvalidInputError.of('markdown', 'maxLength', { max: MARKDOWN_MAX });
    return source;
  }

  private async resolveMentions(
    manager: EntityManager,
    markdown: string,
  ): Promise<{ id: string; slug: string; name: string }[]> {
    const slugs = mentionedSlugs(markdown);
    if (!slugs.length) return [];
    return manager.find(MemberEntity, { select: { id: true, slug: true, name: true }, where: { slug: In(slugs) } });
  }

  private async insertComment(
    manager: EntityManager,
    subject: Pick<CommentEntity, 'parentId' | 'authorId'> &
      Partial<Pick<CommentEntity, 'resourceId' | 'readingListId'>>,
    source: string,
    mentions: { slug: string; name: string }[],
  ): Promise<{ id: string }> {
    const inserted = await manager.insert(CommentEntity, {
      ...subject,
      markdown: source,
      html: this.render(source, mentions),
    });
    return { id: inserted.identifiers[0].id };
  }

  private async saveMentions(manager: EntityManager, commentId: string, mentions: { id: string }[]): Promise<void> {
    if (!mentions.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CommentMentionEntity)
      .values(mentions.map((member) => ({ commentId, memberId: member.id })))
      .orIgnore()
      .execute();
  }

  private render(source: string, mentions: { slug: string; name: string }[]): string {
    return renderCommentMarkdown(markMentions(source, new Map(mentions.map((member) => [member.slug, member.name]))));
  }
}
