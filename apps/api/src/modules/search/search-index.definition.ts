import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';

/** A search document always carries its row's id and version. */
export interface SearchDocument {
  id: string;
  version: number;
}

/**
 * What a feature declares to have its rows indexed: the outbox topic it handles, its index settings, and how to
 * turn rows into documents. The outbox worker, `reindex` and `check-index` only know this interface.
 */
export interface SearchIndexDefinition<D extends SearchDocument = SearchDocument> {
  /** Logical name; the index uid is the configured prefix + this name. */
  name: string;
  topic: string;
  /** The index settings, read when they are applied (they may include vocabulary stored in PostgreSQL). */
  settings(manager: EntityManager): Promise<Settings>;
  /** Documents for the ids that still exist; missing ids are deletions. */
  loadDocuments(manager: EntityManager, ids: string[]): Promise<D[]>;
  /** Every id and version in PostgreSQL, in pages, for reindex and drift checks. */
  pageIds(manager: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; version: number }[]>;
  count(manager: EntityManager): Promise<number>;
}
