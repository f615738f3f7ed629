import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { SearchIndexDefinition } from '../../search/search-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';

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
    return manager.query(
      `SELECT id, version, slug, title, kind, place, description, (extract(epoch FROM starts_at) * 1000)::bigint::float8 AS "startsAt", visibility
       FROM events WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return manager.query(
      `SELECT id, version FROM events WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  async count(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM events`);
    return n;
  }
}
