import { useMutation } from '@apollo/client/react';
import { DeleteResourceMutation } from '../graphql/resource-page.documents';
import { forgetListings } from './forget-listings';

/** « Supprimer » on a resource's page: in the first download with that page, without the editor's mutations. */
export function useDeleteResource(id: string) {
  return useMutation(DeleteResourceMutation, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Resource', id }) });
      forgetListings(cache);
    },
  });
}
