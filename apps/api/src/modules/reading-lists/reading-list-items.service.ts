import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { ResourcesService } from '../resources/resources.service';
import { validateNote } from './reading-list-validation';
import { ConflictError, ReadingListsService, facts } from './reading-lists.service';
import { readingListsPolicy } from './reading-lists.policy';
import { appendItem, isItemVisible, listById, renumberItems } from './reading-list-rows';
import { ReadingListItemEntity } from './reading-list-item.entity';
import { ReadingProgressEntity } from './reading-progress.entity';
import { isUuid } from '../../common/uuid';

/**
 * The items of a list. Every change runs with the list locked (ReadingListsService.change), so two collaborators
 * editing at once are serialised: an item added by one is never dropped by the other's reorder. A move names the
 * item to place and the item to put it after, so moves merge; if that item was removed meanwhile, the move is
 * refused with CONFLICT and the page reloads the list.
 */
@Injectable()
export class ReadingListItemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lists: ReadingListsService,
    private readonly resources: ResourcesService,
  ) {}

  async add(actor: Actor | null, slug: string, resourceSlug: string, note: string): Promise<string> {
    const current = requireActor(actor);
    const issues = validateNote(note);
    if (issues.length) throw new InvalidInputError(issues);
    const resource = await this.resources.getBySlug(resourceSlug, current);
    const listId = await this.lists.idOf(slug);
    await this.lists.change(actor, listId, 'edit', async (manager) => {
      if (await manager.existsBy(ReadingListItemEntity, { listId, resourceId: resource.id }))
        throw InvalidInputError.of('resourceSlug', 'duplicate', {
          values: `« ${resource.title} » est déjà dans la liste`,
        });
      await appendItem(manager, {
        listId,
        resourceId: resource.id,
        titleSnapshot: resource.title,
        note: note.trim(),
        addedById: current.id,
      });
    });
    return listId;
  }

  async setNote(actor: Actor | null, itemId: string, note: string): Promise<string> {
    const issues = validateNote(note);
    if (issues.length) throw new InvalidInputError(issues);
    const listId = await this.listOf(itemId);
    await this.lists.change(actor, listId, 'edit', async (manager, _list, current) => {
      // The note of an item one may not see is withheld from one (« Ressource réservée »): nor may one overwrite it.
      if (!(await isItemVisible(manager, current, itemId))) throw new NotFoundError('readingListItem', itemId);
      await manager.update(ReadingListItemEntity, { id: itemId }, { note: note.trim() });
    });
    return listId;
  }

  async remove(actor: Actor | null, itemId: string): Promise<string> {
    const listId = await this.listOf(itemId);
    await this.lists.change(actor, listId, 'edit', async (manager) => {
      await manager.delete(ReadingListItemEntity, { id: itemId });
      await this.renumber(manager, listId, await this.order(manager, listId));
    });
    return listId;
  }

  /** Places the item right after `afterItemId`, or first when it is null. */
  async move(actor: Actor | null, itemId: string, afterItemId: string | null): Promise<string> {
    const listId = await this.listOf(itemId);
    await this.lists.change(actor, listId, 'edit', async (manager) => {
      const order = (await this.order(manager, listId)).filter((id) => id !== itemId);
      let index = 0;
      if (afterItemId) {
        if (afterItemId === itemId)
          throw InvalidInputError.of('afterItemId', 'unknown', { values: 'un élément ne se place pas après lui-même' });
        const after = order.indexOf(afterItemId);
        if (after < 0) throw new ConflictError('conflict.listChanged');
        index = after + 1;
      }
      order.splice(index, 0, itemId);
      await this.renumber(manager, listId, order);
    });
    return listId;
  }

  /** Marks an item read (or not) for the signed-in person; anyone who may see the list tracks their own reading. */
  async markRead(actor: Actor | null, itemId: string, read: boolean): Promise<string> {
    const current = requireActor(actor);
    const listId = await this.listOf(itemId);
    const list = await listById(this.dataSource.manager, listId);
    if (!list || !readingListsPolicy.canView(current, facts(list))) throw new NotFoundError('readingListItem', itemId);
    if (!readingListsPolicy.canTrackReading(current, facts(list))) throw new ForbiddenError();
    const progress = { itemId, memberId: current.id };
    if (read)
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(ReadingProgressEntity)
        .values(progress)
        .orIgnore()
        .execute();
    else await this.dataSource.manager.delete(ReadingProgressEntity, progress);
    return listId;
  }

  private async listOf(itemId: string): Promise<string> {
    const row = isUuid(itemId)
      ? await this.dataSource.manager.findOne(ReadingListItemEntity, {
          select: { listId: true },
          where: { id: itemId },
        })
      : null;
    if (!row) throw new NotFoundError('readingListItem', itemId);
    return row.listId;
  }

  private async order(manager: EntityManager, listId: string): Promise<string[]> {
    const rows = await manager.find(ReadingListItemEntity, {
      select: { id: true },
      where: { listId },
      order: { position: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  private async renumber(manager: EntityManager, listId: string, order: string[]): Promise<void> {
    await renumberItems(manager, listId, order);
  }
}
