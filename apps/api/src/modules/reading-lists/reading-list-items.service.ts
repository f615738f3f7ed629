import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from '../resources/resources.policy';
import { ResourcesService } from '../resources/resources.service';
import { validateNote } from './reading-list-validation';
import { ConflictError, ReadingListsService, facts } from './reading-lists.service';
import { readingListsPolicy } from './reading-lists.policy';
import { listById } from './reading-list-rows';

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

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
      const [present] = await manager.query(
        `SELECT 1 FROM reading_list_items WHERE list_id = $1 AND resource_id = $2`,
        [listId, resource.id],
      );
      if (present)
        throw InvalidInputError.of('resourceSlug', 'duplicate', {
          values: `« ${resource.title} » est déjà dans la liste`,
        });
      await manager.query(
        `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, note, added_by, position)
         VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(max(position), 0) + 1 FROM reading_list_items WHERE list_id = $1))`,
        [listId, resource.id, resource.title, note.trim(), current.id],
      );
    });
    return listId;
  }

  async setNote(actor: Actor | null, itemId: string, note: string): Promise<string> {
    const issues = validateNote(note);
    if (issues.length) throw new InvalidInputError(issues);
    const listId = await this.listOf(itemId);
    await this.lists.change(actor, listId, 'edit', async (manager, _list, current) => {
      // The note of an item one may not see is withheld from one (« Ressource réservée »): nor may one overwrite it.
      const [item] = await queryRows<{ visible: boolean }>(
        manager,
        `SELECT (r.id IS NULL OR ${resourcesPolicy.sqlVisible(current, 'r', '$2')}) AS visible
         FROM reading_list_items i LEFT JOIN resources r ON r.id = i.resource_id WHERE i.id = $1`,
        [itemId, current.id],
      );
      if (!item?.visible) throw new NotFoundError('readingListItem', itemId);
      await manager.query(`UPDATE reading_list_items SET note = $2 WHERE id = $1`, [itemId, note.trim()]);
    });
    return listId;
  }

  async remove(actor: Actor | null, itemId: string): Promise<string> {
    const listId = await this.listOf(itemId);
    await this.lists.change(actor, listId, 'edit', async (manager) => {
      await manager.query(`DELETE FROM reading_list_items WHERE id = $1`, [itemId]);
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
    await this.dataSource.query(
      read
        ? `INSERT INTO reading_progress (item_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
        : `DELETE FROM reading_progress WHERE item_id = $1 AND member_id = $2`,
      [itemId, current.id],
    );
    return listId;
  }

  private async listOf(itemId: string): Promise<string> {
    const [row] = isUuid(itemId)
      ? await this.dataSource.query(`SELECT list_id FROM reading_list_items WHERE id = $1`, [itemId])
      : [];
    if (!row) throw new NotFoundError('readingListItem', itemId);
    return row.list_id;
  }

  private async order(manager: EntityManager, listId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM reading_list_items WHERE list_id = $1 ORDER BY position, id`,
      [listId],
    );
    return rows.map((row) => row.id);
  }

  private async renumber(manager: EntityManager, listId: string, order: string[]): Promise<void> {
    await manager.query(
      `UPDATE reading_list_items i SET position = x.ord FROM unnest($2::uuid[]) WITH ORDINALITY AS x(id, ord) WHERE i.id = x.id AND i.list_id = $1`,
      [listId, order],
    );
  }
}
