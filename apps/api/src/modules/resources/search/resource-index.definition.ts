import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { toMeiliSynonyms } from '../../search/french/synonyms';
import { loadSynonymGroups } from '../../search/vocabulary/synonyms.service';
import { SearchIndexDefinition } from '../../search/search-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';
import { ResourceEntity } from '../resource.entity';
import { loadResources } from '../resource-rows';
import { ResourceDocument, toResourceDocument } from './resource-document';
import { RESOURCE_INDEX_SETTINGS } from './resource-index.settings';
import { findIndexedFilePages } from './file-text-rows';
import { FILE_TEXT_MAX_CHARS, groupPagesByResource, toFileText } from './resource-file-text';

export const RESOURCE_TOPIC = 'resource';
export const RESOURCE_INDEX = 'resources';

/** How resources reach the search index; registered with the registry that the indexer and CLI use. */
@Injectable()
export class ResourceIndexDefinition implements SearchIndexDefinition<ResourceDocument> {
  readonly name = RESOURCE_INDEX;
  readonly topic = RESOURCE_TOPIC;

  // Registered on construction, so that migrations and index settings can run before the app's init hooks.
  constructor(registry: SearchIndexRegistry) {
    registry.register(this);
  }

  async settings(manager: EntityManager): Promise<Settings> {
    return { ...RESOURCE_INDEX_SETTINGS, synonyms: toMeiliSynonyms(await loadSynonymGroups(manager)) };
  }

  async loadDocuments(manager: EntityManager, ids: string[]): Promise<ResourceDocument[]> {
    // Two queries for the whole batch, whatever its size: the resources, then their files' pages.
    const resources = await loadResources(manager, ids);
    const pages = groupPagesByResource(
      await findIndexedFilePages(
        manager,
        resources.map((resource) => resource.id),
        FILE_TEXT_MAX_CHARS,
      ),
    );
    return resources.map((resource) => toResourceDocument(resource, toFileText(pages.get(resource.id) ?? [])));
  }

  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]> {
    return manager.find(ResourceEntity, {
      select: { id: true, version: true },
      // Resources in the bin have no document (decision 0019).
      where: afterId === null ? { deletedAt: IsNull() } : { id: MoreThan(afterId), deletedAt: IsNull() },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  count(manager: EntityManager): Promise<number> {
    // Resources in the bin have no document (decision 0019).
    return manager.count(ResourceEntity, { where: { deletedAt: IsNull() } });
  }
}
