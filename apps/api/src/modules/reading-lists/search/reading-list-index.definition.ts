import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { SearchIndexDefinition } from '../../search/search-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';

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
    return manager.query(
      `SELECT l.id, l.version, l.slug, l.title, l.intro, m.name AS curator, l.visibility,
              array_remove(ARRAY[l.curator_id::text] || ARRAY(SELECT c.member_id::text FROM reading_list_collaborators c WHERE c.list_id = l.id), NULL) AS team,
              (SELECT count(*)::int FROM reading_list_items i WHERE i.list_id = l.id) AS "itemCount"
       FROM reading_lists l LEFT JOIN members m ON m.id = l.curator_id WHERE l.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return manager.query(
      `SELECT id, version FROM reading_lists WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  async count(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM reading_lists`);
    return n;
  }
}
