import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { SearchIndexDefinition } from '../../search/search-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';
import { DirectoryDocument, toDirectoryDocument } from './directory-document';
import { countDirectoryEntries, findDirectoryDocumentRows, findDirectoryIds } from './directory-document-rows';

export const DIRECTORY_TOPIC = 'directory';
export const DIRECTORY_INDEX = 'directory';

/** Facets of `/annuaire`, as document attributes. */
export const DIRECTORY_FACETS = ['type', 'kind', 'city', 'priorityNeighbourhood', 'themes', 'audiences'] as const;
export type DirectoryFacet = (typeof DIRECTORY_FACETS)[number];

/** Organisations and people in one index, so that `/annuaire` has one search box, one list and one set of facets. */
@Injectable()
export class DirectoryIndexDefinition implements SearchIndexDefinition<DirectoryDocument> {
  readonly name = DIRECTORY_INDEX;
  readonly topic = DIRECTORY_TOPIC;

  constructor(registry: SearchIndexRegistry) {
    registry.register(this);
  }

  async settings(): Promise<Settings> {
    return {
      searchableAttributes: [
        'name',
        'function',
        'themeLabels',
        'organisationName',
        'city',
        'neighbourhood',
        'description',
      ],
      // `id`: « qui connaît … ? » asks for the people its SQL found (decision 0031).
      filterableAttributes: [...DIRECTORY_FACETS, 'visibility', 'archived', 'id'],
      sortableAttributes: ['name'],
      localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
    };
  }

  async loadDocuments(manager: EntityManager, ids: string[]): Promise<DirectoryDocument[]> {
    if (ids.length === 0) return [];
    return (await findDirectoryDocumentRows(manager, ids)).map(toDirectoryDocument);
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return findDirectoryIds(manager, afterId, limit);
  }

  count(manager: EntityManager): Promise<number> {
    return countDirectoryEntries(manager);
  }
}
