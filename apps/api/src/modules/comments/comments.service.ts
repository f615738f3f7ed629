import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { NotificationsService } from '../notifications/notifications.service';
import { ReadingListsService } from '../reading-lists/reading-lists.service';
import { ResourcesService } from '../resources/resources.service';
import { commentsPolicy } from './comments.policy';
import { renderCommentMarkdown } from './markdown';
import { markMentions, mentionedSlugs } from './mentions';
import { groupBy } from '../../common/database/request-loader';

const MARKDOWN_MAX = 5000;
const CANDIDATES_MAX = 8;

export interface CommentRow {
  id: string;
  resource_id: string | null;
  reading_list_id: string | null;
  parent_id: string | null;
  author_id: string | null;
  author_slug: string | null;
  author_name: string | null;
  markdown: string;
  html: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  hidden_at: Date | null;
  viewer_reported: boolean;
}

/** $1 is the viewer's id (or null): whether they already reported the comment and await a decision. */
const SELECT = `SELECT c.*, m.slug AS author_slug, m.name AS author_name,
  EXISTS (SELECT 1 FROM comment_reports cr WHERE cr.comment_id = c.id AND cr.reporter_id = $1 AND cr.resolved_at IS NULL) AS viewer_reported
  FROM comments c LEFT JOIN members m ON m.id = c.author_id`;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

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
    return this.dataSource.query(`${SELECT} WHERE c.resource_id = $2 ORDER BY c.created_at, c.id`, [
      actor?.id ?? null,
      resourceId,
    ]);
  }

  /** The comments of several resources (a page of hits) in one statement, by resource, each oldest first. */
  async forResources(resourceIds: string[], actor: Actor | null): Promise<Map<string, CommentRow[]>> {
    const rows: CommentRow[] = await this.dataSource.query(
      `${SELECT} WHERE c.resource_id = ANY($2::uuid[]) ORDER BY c.created_at, c.id`,
      [actor?.id ?? null, resourceIds],
    );
    return groupBy(rows, (row) => row.resource_id);
  }

  /** Comments on a reading list the caller already may see (not through a share link), oldest first. */
  forList(listId: string, actor: Actor | null): Promise<CommentRow[]> {
    return this.dataSource.query(`${SELECT} WHERE c.reading_list_id = $2 ORDER BY c.created_at, c.id`, [
      actor?.id ?? null,
      listId,
    ]);
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
      const [row] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO comments (reading_list_id, parent_id, author_id, markdown, html) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [list.id, parentId, current.id, source, this.render(source, mentions)],
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
      const [row] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO comments (resource_id, parent_id, author_id, markdown, html) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [resource.id, parentId, current.id, source, this.render(source, mentions)],
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
      const before: { member_id: string }[] = await manager.query(
        `SELECT member_id FROM comment_mentions WHERE comment_id = $1`,
        [id],
      );
      const known = new Set(before.map((row) => row.member_id));
      await manager.query(`UPDATE comments SET markdown = $2, html = $3, updated_at = now() WHERE id = $1`, [
        id,
        source,
        this.render(source, mentions),
      ]);
      await manager.query(`DELETE FROM comment_mentions WHERE comment_id = $1`, [id]);
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
      await manager.query(`UPDATE comments SET deleted_at = now(), markdown = '', html = '' WHERE id = $1`, [id]);
      await manager.query(`DELETE FROM comment_mentions WHERE comment_id = $1`, [id]);
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
    return this.dataSource.query(
      `SELECT id, slug, name, title FROM members
       WHERE $1 = '' OR slug LIKE $1 || '%' OR slug LIKE '%-' || $1 || '%'
       ORDER BY (slug LIKE $1 || '%') DESC, name LIMIT ${CANDIDATES_MAX}`,
      [folded],
    );
  }

  /** The comment if its resource (or reading list) is visible to the actor (NOT_FOUND otherwise). */
  async visible(actor: Actor, id: string): Promise<CommentRow> {
    const comment = await this.find(id, actor);
    if (comment.resource_id) {
      const [{ slug }] = await this.dataSource.query(`SELECT slug FROM resources WHERE id = $1`, [comment.resource_id]);
      await this.resources.getBySlug(slug, actor);
    } else {
      const [{ slug }] = await this.dataSource.query(`SELECT slug FROM reading_lists WHERE id = $1`, [
        comment.reading_list_id,
      ]);
      await this.lists.readable(slug, actor);
    }
    return comment;
  }

  async find(id: string, actor: Actor | null): Promise<CommentRow> {
    const [row]: CommentRow[] = isUuid(id)
      ? await this.dataSource.query(`${SELECT} WHERE c.id = $2`, [actor?.id ?? null, id])
      : [];
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
    return slugs.length ? manager.query(`SELECT id, slug, name FROM members WHERE slug = ANY($1)`, [slugs]) : [];
  }

  private async saveMentions(manager: EntityManager, commentId: string, mentions: { id: string }[]): Promise<void> {
    if (!mentions.length) return;
    await manager.query(
      `INSERT INTO comment_mentions (comment_id, member_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [commentId, mentions.map((member) => member.id)],
    );
  }

  private render(source: string, mentions: { slug: string; name: string }[]): string {
    return renderCommentMarkdown(markMentions(source, new Map(mentions.map((member) => [member.slug, member.name]))));
  }
}
