import type { ApolloCache } from '@apollo/client';

/**
 * Lists, search results and suggestions may now be wrong: drop them so the next visit asks the API again (one's own
 * new resource must not stay missing from a cached search answer).
 */
export function forgetListings(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'search' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'quickSearch' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'resources' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'tags' });
  cache.gc();
}
