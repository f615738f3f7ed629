import type { Settings } from 'meilisearch';
import { EntityManager, EntityTarget, In, MoreThan, ObjectLiteral } from 'typeorm';
import { SearchDocument, SearchIndexDefinition } from './search-index.definition';

/**
 * An index of one table whose rows carry `id` and `version`, documents built row by row.
 * Organisations and themes use it; resources need their relations and have their own definition. Subclasses
 * register themselves with the SearchIndexRegistry in their constructor.
 */
export abstract class SimpleIndexDefinition<
  E extends ObjectLiteral & { id: string; version: number },
  D extends SearchDocument,
> implements SearchIndexDefinition<D> {
  abstract readonly name: string;
  abstract readonly topic: string;
  protected abstract readonly entity: EntityTarget<E>;
  protected abstract readonly indexSettings: Settings;
  protected abstract toDocument(row: E): D;

  async settings(): Promise<Settings> {
    return this.indexSettings;
  }

  async loadDocuments(manager: EntityManager, ids: string[]): Promise<D[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(this.entity).findBy({ id: In(ids) } as never);
    return rows.map((row) => this.toDocument(row));
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return manager.getRepository(this.entity).find({
      select: { id: true, version: true },
      where: afterId === null ? {} : { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    } as never);
  }

  count(manager: EntityManager): Promise<number> {
    return manager.getRepository(this.entity).count();
  }
}
