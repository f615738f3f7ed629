import { useMutation } from '@apollo/client/react';
import { ReactionsOnlyFragment, SetBookmarkMutation, ToggleReactionMutation } from '../graphql/reaction.documents';

const resourceRef = (resourceId: string) => ({ __typename: 'Resource' as const, id: resourceId });

/** The API answers with the three counts: they replace the resource's in the cache, the page updates. */
export function useToggleReaction(resourceId: string) {
  return useMutation(ToggleReactionMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeFragment({
        id: cache.identify(resourceRef(resourceId)),
        fragment: ReactionsOnlyFragment,
        fragmentName: 'ReactionsOnly',
        data: { reactions: data.toggleReaction },
      });
    },
  });
}

/** The answer says whether it is now a favourite; « Mes favoris » is asked again next time. */
export function useSetBookmark(resourceId: string) {
  return useMutation(SetBookmarkMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify(resourceRef(resourceId)),
        fields: { bookmarked: () => data.setBookmark },
      });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'bookmarks' });
      cache.gc();
    },
  });
}
