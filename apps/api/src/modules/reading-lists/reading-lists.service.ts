import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErrorReason } from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { freeSlug } from '../../common/database/free-slug';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { hashToken, newToken } from '../accounts/tokens';
import { OutboxService } from '../outbox/outbox.service';
import { READING_LIST_TOPIC } from './search/reading-list-index.definition';
import type { ReadingListInput } from './dto/reading-list.objects';
import { ListRow, listById, listBySlug } from './reading-list-rows';
import { validateReadingList } from './reading-list-validation';
import { ListAccessFacts, readingListsPolicy } from './reading-lists.policy';

export const facts = (list: ListRow): ListAccessFacts => ({
  visibility: list.visibility,
  curatorId: list.curator_id,
  collaboratorIds: list.collaborators.map((member) => member.id),
});

export class ConflictError extends DomainError {
  constructor(reason: Extract<ErrorReason, `conflict.${string}`>) {
    super(reason);
  }
}

export interface ListAccess {
  list: ListRow;
  viaShareLink: boolean;
}

/** Reading lists themselves: creation, settings, collaborators, share link, deletion. Items: ReadingListItemsService. */
@Injectable()
export class ReadingListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(HTTP_CONFIG) private readonly http: HttpConfig,
    private readonly outbox: OutboxService,
  ) {}

  /** The list if the actor may read it (or holds its valid share link); NOT_FOUND otherwise, so that it does not leak. */
  async readable(slug: string, actor: Actor | null, shareToken?: string | null): Promise<ListAccess> {
    const list = await listBySlug(this.dataSource.manager, slug);
    const viaShareLink = Boolean(list && shareToken && list.share_token_hash === hashToken(shareToken));
    if (!list || !readingListsPolicy.canView(actor, facts(list), viaShareLink))
      throw new NotFoundError('readingList', slug);
    return { list, viaShareLink: viaShareLink && !readingListsPolicy.canView(actor, facts(list)) };
  }

  /**
   * Runs `change` on the list locked for update (changes to one list are serialised, so concurrent editors never lose
   * each other's items), after checking the right; bumps the version. UNAUTHENTICATED, NOT_FOUND or FORBIDDEN first.
   */
  async change<T>(
    actor: Actor | null,
    listId: string,
    right: 'edit' | 'manage',
    change: (manager: EntityManager, list: ListRow, current: Actor) => Promise<T>,
  ): Promise<T> {
    const current = requireActor(actor);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM reading_lists WHERE id = $1 FOR UPDATE`, [listId]);
      const list = await listById(manager, listId);
      if (!list || !readingListsPolicy.canView(current, facts(list))) throw new NotFoundError('readingList', listId);
      const allowed =
        right === 'edit'
          ? readingListsPolicy.canEdit(current, facts(list))
          : readingListsPolicy.canManage(current, facts(list));
      if (!allowed) throw new ForbiddenError(right === 'edit' ? 'forbidden.listEditor' : 'forbidden.listCurator');
      const result = await change(manager, list, current);
      await manager.query(`UPDATE reading_lists SET version = version + 1, updated_at = now() WHERE id = $1`, [listId]);
      await this.outbox.enqueue(manager, READING_LIST_TOPIC, [listId]);
      return result;
    });
  }

  async idOf(slug: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM reading_lists WHERE slug = $1`, [slug]);
    if (!row) throw new NotFoundError('readingList', slug);
    return row.id;
  }

  async create(actor: Actor | null, input: ReadingListInput): Promise<string> {
    const current = requireActor(actor);
    const issues = validateReadingList(input);
    if (issues.length) throw new InvalidInputError(issues);
    return this.dataSource.transaction(async (manager) => {
      const slug = await this.freeSlug(manager, input.title);
      const [row] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO reading_lists (slug, title, intro, visibility, curator_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [slug, input.title.trim(), input.intro.trim(), input.visibility, current.id],
      );
      await this.outbox.enqueue(manager, READING_LIST_TOPIC, [row.id]);
      return slug;
    });
  }

  async update(actor: Actor | null, slug: string, input: ReadingListInput): Promise<string> {
    const issues = validateReadingList(input);
    if (issues.length) throw new InvalidInputError(issues);
    const id = await this.idOf(slug);
    return this.change(actor, id, 'manage', async (manager) => {
      await manager.query(`UPDATE reading_lists SET title = $2, intro = $3, visibility = $4 WHERE id = $1`, [
        id,
        input.title.trim(),
        input.intro.trim(),
        input.visibility,
      ]);
      return slug;
    });
  }

  async delete(actor: Actor | null, slug: string): Promise<boolean> {
    const id = await this.idOf(slug);
    await this.change(actor, id, 'manage', (manager) => manager.query(`DELETE FROM reading_lists WHERE id = $1`, [id]));
    return true;
  }

  async setCollaborator(actor: Actor | null, slug: string, memberSlug: string, present: boolean): Promise<void> {
    const id = await this.idOf(slug);
    await this.change(actor, id, 'manage', async (manager, list) => {
      const [member] = await manager.query(`SELECT id FROM members WHERE slug = $1`, [memberSlug]);
      if (!member) throw new NotFoundError('member', memberSlug);
      if (member.id === list.curator_id)
        throw InvalidInputError.of('memberSlug', 'duplicate', { values: 'la personne qui prépare la liste' });
      await manager.query(
        present
          ? `INSERT INTO reading_list_collaborators (list_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
          : `DELETE FROM reading_list_collaborators WHERE list_id = $1 AND member_id = $2`,
        [id, member.id],
      );
    });
  }

  /** A new secret link (the previous one stops working); only its hash is kept, so it is shown once. */
  async createShareLink(actor: Actor | null, slug: string): Promise<string> {
    const id = await this.idOf(slug);
    const token = newToken();
    await this.change(actor, id, 'manage', (manager) =>
      manager.query(`UPDATE reading_lists SET share_token_hash = $2, share_created_at = now() WHERE id = $1`, [
        id,
        hashToken(token),
      ]),
    );
    return `${this.http.publicUrl.replace(/\/$/, '')}/listes/${slug}?partage=${token}`;
  }

  async revokeShareLink(actor: Actor | null, slug: string): Promise<void> {
    const id = await this.idOf(slug);
    await this.change(actor, id, 'manage', (manager) =>
      manager.query(`UPDATE reading_lists SET share_token_hash = NULL, share_created_at = NULL WHERE id = $1`, [id]),
    );
  }

  private freeSlug(manager: EntityManager, title: string): Promise<string> {
    return freeSlug(manager, title, { sources: ['reading_lists'], reserved: ['nouvelle'], fallback: 'liste' });
  }
}
