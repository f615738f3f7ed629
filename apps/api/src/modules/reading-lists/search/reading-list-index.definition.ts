import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { MoreThan, type EntityManager } from 'typeorm';
import { SearchIndexDefinition } from '../../search/search-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';
import { loadListDocuments } from '../reading-list-rows';
import { ReadingListEntity } from '../reading-list.entity';

export const READING_LIST_TOPIC = 'reading-list';

export interface ReadingListDocument {
  id: string;
  version: number;
  slug: string;
  title: string;
  intro: string;
  curator: string | null;
  visibility: string;
  /** Curator and collaborators: who sees a private list. */
  team: string[];
  itemCount: number;
}

/** Reading lists in the one search box, under the same rule as their pages (readingListsPolicy). */
@Injectable()
export class ReadingListIndexDefinition implements SearchIndexDefinition<ReadingListDocument> {
  readonly name = 'reading_lists';
  readonly topic = READING_LIST_TOPIC;

  constructor(registry: SearchIndexRegistry) {
    registry.register(this);
  }

  async settings(): Promise<Settings> {
    return {
      searchableAttributes: ['title', 'intro', 'curator'],
      filterableAttributes: ['visibility', 'team'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
    };
  }

  loadDocuments(manager: EntityManager, ids: string[]): Promise<ReadingListDocument[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return loadListDocuments(manager, ids);
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return manager.find(ReadingListEntity, {
      select: { id: true, version: true },
      where: afterId === null ? {} : { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  count(manager: EntityManager): Promise<number> {
    return manager.count(ReadingListEntity);
  }
}
