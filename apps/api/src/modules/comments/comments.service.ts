import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { ResourcesService } from '../resources/resources.service';
import { commentsPolicy } from './comments.policy';
import { renderCommentMarkdown } from './markdown';

const MARKDOWN_MAX = 5000;

export interface CommentRow {
  id: string;
  resource_id: string;
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
}

const SELECT = `SELECT c.*, m.slug AS author_slug, m.name AS author_name FROM comments c LEFT JOIN members m ON m.id = c.author_id`;

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
  ) {}

  /** Every comment of a resource the caller already may see, oldest first. */
  forResource(resourceId: string): Promise<CommentRow[]> {
    return this.dataSource.query(`${SELECT} WHERE c.resource_id = $1 ORDER BY c.created_at, c.id`, [resourceId]);
  }

  async create(actor: Actor | null, resourceSlug: string, markdown: string, parentId: string | null): Promise<CommentRow> {
    const current = requireActor(actor);
    const resource = await this.resources.getBySlug(resourceSlug, current);
    const source = this.checkMarkdown(markdown);
    if (parentId) {
      const parent = await this.find(parentId);
      if (parent.resource_id !== resource.id) throw InvalidInputError.of('parentId', 'unknown', { values: parentId });
      if (parent.parent_id) throw InvalidInputError.of('parentId', 'unknown', { values: 'une réponse ne reçoit pas de réponse' });
    }
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO comments (resource_id, parent_id, author_id, markdown, html) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [resource.id, parentId, current.id, source, renderCommentMarkdown(source)],
    );
    return this.find(row.id);
  }

  async update(actor: Actor | null, id: string, markdown: string): Promise<CommentRow> {
    const current = requireActor(actor);
    const comment = await this.visible(current, id);
    if (comment.deleted_at || !commentsPolicy.canEdit(current, { authorId: comment.author_id })) {
      throw new ForbiddenError('Seul·e son auteur·rice peut modifier ce commentaire.');
    }
    const source = this.checkMarkdown(markdown);
    await this.dataSource.query(`UPDATE comments SET markdown = $2, html = $3, updated_at = now() WHERE id = $1`, [id, source, renderCommentMarkdown(source)]);
    return this.find(id);
  }

  /** Soft: the thread keeps its shape, the text is gone. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    const current = requireActor(actor);
    const comment = await this.visible(current, id);
    if (!commentsPolicy.canDelete(current, { authorId: comment.author_id })) throw new ForbiddenError();
    await this.dataSource.query(`UPDATE comments SET deleted_at = now(), markdown = '', html = '' WHERE id = $1`, [id]);
    return true;
  }

  private checkMarkdown(markdown: string): string {
    const source = markdown.trim();
    if (!source) throw InvalidInputError.of('markdown', 'required');
    if (source.length > MARKDOWN_MAX) throw InvalidInputError.of('markdown', 'maxLength', { max: MARKDOWN_MAX });
    return source;
  }

  private async visible(actor: Actor, id: string): Promise<CommentRow> {
    const comment = await this.find(id);
    const [{ slug }] = await this.dataSource.query(`SELECT slug FROM resources WHERE id = $1`, [comment.resource_id]);
    await this.resources.getBySlug(slug, actor);
    return comment;
  }

  private async find(id: string): Promise<CommentRow> {
    const [row]: CommentRow[] = /^[0-9a-f-]{36}$/i.test(id) ? await this.dataSource.query(`${SELECT} WHERE c.id = $1`, [id]) : [];
    if (!row) throw new NotFoundError('Le commentaire', id);
    return row;
  }
}
