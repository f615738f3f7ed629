import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErrorReason } from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { freeSlug } from '../../common/database/free-slug';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { HTTP_CONFIG, type HttpConfig } from '../../config/http.config';
import { hashToken, newToken } from '../accounts/tokens';
import { OutboxService } from '../outbox/outbox.service';
import { READING_LIST_TOPIC } from './search/reading-list-index.definition';
import type { ReadingListInput } from './dto/reading-list.objects';
import { ListRow, listById, listBySlug, lockList } from './reading-list-rows';
import { ReadingListEntity } from './reading-list.entity';
import { ReadingListCollaboratorEntity } from './reading-list-collaborator.entity';
import { MemberEntity } from '../organisations/member.entity';
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

/**
 * Leaves the version alone in an update of the list row inside `change`, which bumps it once for the whole change
 * (the entity's version column would otherwise add `version = version + 1` to every update).
 */
const VERSION_BUMPED_BY_CHANGE = { version: () => 'version' };

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
      await lockList(manager, listId);
      const list = await listById(manager, listId);
      if (!list || !readingListsPolicy.canView(current, facts(list))) throw new NotFoundError('readingList', listId);
      const allowed =
        right === 'edit'
          ? readingListsPolicy.canEdit(current, facts(list))
          : readingListsPolicy.canManage(current, facts(list));
      if (!allowed) throw new ForbiddenError(right === 'edit' ? 'forbidden.listEditor' : 'forbidden.listCurator');
      const result = await change(manager, list, current);
      // The entity's update-date column adds `updated_at = now()`.
      await manager.increment(ReadingListEntity, { id: listId }, 'version', 1);
      await this.outbox.enqueue(manager, READING_LIST_TOPIC, [listId]);
      return result;
    });
  }

  async idOf(slug: string): Promise<string> {
    const row = await this.dataSource.manager.findOne(ReadingListEntity, { select: { id: true }, where: { slug } });
    if (!row) throw new NotFoundError('readingList', slug);
    return row.id;
  }

  async create(actor: Actor | null, input: ReadingListInput): Promise<string> {
    const current = requireActor(actor);
    const issues = validateReadingList(input);
    if (issues.length) throw new InvalidInputError(issues);
    return this.dataSource.transaction(async (manager) => {
      const slug = await this.freeSlug(manager, input.title);
      const inserted = await manager.insert(ReadingListEntity, {
        slug,
        title: input.title.trim(),
        intro: input.intro.trim(),
        visibility: input.visibility,
        curatorId: current.id,
      });
      await this.outbox.enqueue(manager, READING_LIST_TOPIC, [(inserted.identifiers[0] as { id: string }).id]);
      return slug;
    });
  }

  async update(actor: Actor | null, slug: string, input: ReadingListInput): Promise<string> {
    const issues = validateReadingList(input);
    if (issues.length) throw new InvalidInputError(issues);
    const id = await this.idOf(slug);
    return this.change(actor, id, 'manage', async (manager) => {
      await manager.update(
        ReadingListEntity,
        { id },
        {
          title: input.title.trim(),
          intro: input.intro.trim(),
          visibility: input.visibility,
          ...VERSION_BUMPED_BY_CHANGE,
        },
      );
      return slug;
    });
  }

  async delete(actor: Actor | null, slug: string): Promise<boolean> {
    const id = await this.idOf(slug);
    await this.change(actor, id, 'manage', (manager) => manager.delete(ReadingListEntity, { id }));
    return true;
  }

  async setCollaborator(actor: Actor | null, slug: string, memberSlug: string, present: boolean): Promise<void> {
    const id = await this.idOf(slug);
    await this.change(actor, id, 'manage', async (manager, list) => {
      const member = await manager.findOne(MemberEntity, { select: { id: true }, where: { slug: memberSlug } });
      if (!member) throw new NotFoundError('member', memberSlug);
      if (member.id === list.curator_id)
        throw InvalidInputError.of('memberSlug', 'duplicate', { values: 'la personne qui prépare la liste' });
      const collaborator = { listId: id, memberId: member.id };
      if (present)
        await manager
          .createQueryBuilder()
          .insert()
          .into(ReadingListCollaboratorEntity)
          .values(collaborator)
          .orIgnore()
          .execute();
      else await manager.delete(ReadingListCollaboratorEntity, collaborator);
    });
  }

  /** A new secret link (the previous one stops working); only its hash is kept, so it is shown once. */
  async createShareLink(actor: Actor | null, slug: string): Promise<string> {
    const id = await this.idOf(slug);
    const token = newToken();
    await this.change(actor, id, 'manage', (manager) =>
      manager.update(
        ReadingListEntity,
        { id },
        { shareTokenHash: hashToken(token), shareCreatedAt: () => 'now()', ...VERSION_BUMPED_BY_CHANGE },
      ),
    );
    return `${this.http.publicUrl.replace(/\/$/, '')}/listes/${slug}?partage=${token}`;
  }

  async revokeShareLink(actor: Actor | null, slug: string): Promise<void> {
    const id = await this.idOf(slug);
    await this.change(actor, id, 'manage', (manager) =>
      manager.update(
        ReadingListEntity,
        { id },
        { shareTokenHash: null, shareCreatedAt: null, ...VERSION_BUMPED_BY_CHANGE },
      ),
    );
  }

  private freeSlug(manager: EntityManager, title: string): Promise<string> {
    return freeSlug(manager, title, { sources: ['reading_lists'], reserved: ['nouvelle'], fallback: 'liste' });
  }
}
