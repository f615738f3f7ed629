import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CreateResourceMutation, DeleteResourceMutation, UpdateResourceMutation } from '../graphql/resource.documents';

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

export function useCreateResource() {
  return useMutation(CreateResourceMutation, { update: forgetListings });
}

export function useUpdateResource() {
  return useMutation(UpdateResourceMutation, { update: forgetListings });
}

export function useDeleteResource(id: string) {
  return useMutation(DeleteResourceMutation, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Resource', id }) });
      forgetListings(cache);
    },
  });
}
