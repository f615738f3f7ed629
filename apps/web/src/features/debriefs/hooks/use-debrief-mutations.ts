import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CreateDebriefMutation, DeleteDebriefMutation, UpdateDebriefMutation } from '../graphql/debrief.documents';

/** Search results may now be sorted or filtered differently (most used, best rated, tested in the field). */
function forgetSearch(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'search' });
  cache.gc();
}

/** After any change the resource is asked again (its page's query, by name: features do not import each other), so the
 * aggregate and the list come from the API. */
const refetchResource = () => ({ update: forgetSearch, refetchQueries: ['Resource'], awaitRefetchQueries: true });

export function useCreateDebrief() {
  return useMutation(CreateDebriefMutation, refetchResource());
}

export function useUpdateDebrief() {
  return useMutation(UpdateDebriefMutation, refetchResource());
}

export function useDeleteDebrief() {
  return useMutation(DeleteDebriefMutation, refetchResource());
}
