import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { MoreThan, type EntityManager } from 'typeorm';
import { SearchIndexDefinition } from '../../search/search-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';
import { loadEventDocuments } from '../event-rows';
import { EventEntity } from '../event.entity';

export const EVENT_TOPIC = 'event';

export interface EventDocument {
  id: string;
  version: number;
  slug: string;
  title: string;
  kind: string;
  place: string | null;
  description: string;
  startsAt: number;
  visibility: string;
}

/** Events in the one search box; visitors find public ones only (eventsPolicy). */
@Injectable()
export class EventIndexDefinition implements SearchIndexDefinition<EventDocument> {
  readonly name = 'events';
  readonly topic = EVENT_TOPIC;

  constructor(registry: SearchIndexRegistry) {
    registry.register(this);
  }

  async settings(): Promise<Settings> {
    return {
      searchableAttributes: ['title', 'place', 'description'],
      filterableAttributes: ['visibility', 'startsAt'],
      sortableAttributes: ['startsAt'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
    };
  }

  loadDocuments(manager: EntityManager, ids: string[]): Promise<EventDocument[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return loadEventDocuments(manager, ids);
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return manager.find(EventEntity, {
      select: { id: true, version: true },
      where: afterId === null ? {} : { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  count(manager: EntityManager): Promise<number> {
    return manager.count(EventEntity);
  }
}
