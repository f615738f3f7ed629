import { InMemoryCache, type NormalizedCacheObject } from '@apollo/client/cache';
import { CACHE_TYPE_POLICIES } from '@culture-commune/shared';
import type { DocumentNode } from 'graphql';

/** One answer to write: the web app's own document for a page, its variables and what the API answered. */
export interface CacheEntry {
  document: DocumentNode;
  variables: Record<string, unknown>;
  data: unknown;
}

/**
 * The answers normalised as the web app's Apollo cache holds them (same package, same type policies): the app restores
 * them with `cache.restore`, a copy, where writing the answers itself (`writeQuery`) normalised every object on the
 * phone's main thread at start-up, its longest task (decision 0053).
 */
export function normalisedCache(entries: CacheEntry[]): NormalizedCacheObject {
  const cache = new InMemoryCache({ typePolicies: CACHE_TYPE_POLICIES });
  for (const { document, variables, data } of entries) cache.writeQuery({ query: document, variables, data });
  return cache.extract();
}
