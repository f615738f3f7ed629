import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import type { FollowKind } from '../../../generated/graphql';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { MyFollowsQuery, SetFollowMutation } from '../graphql/following.documents';

/**
 * What the signed-in person follows (one query for every follow button on screen); nothing is asked for
 * visitors. `follows` is undefined until the API has answered.
 */
export function useFollows() {
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MyFollowsQuery, viewer ? {} : skipToken);
  const follows = data?.myFollows;
  return {
    viewer,
    follows,
    error: data ? undefined : error,
    refetch,
    isFollowing: (kind: FollowKind, slug: string) =>
      follows?.some((follow) => follow.kind === kind && follow.slug === slug) ?? false,
  };
}

/**
 * Follows or unfollows. The API answers with the whole new list: it replaces `myFollows` in the cache, and every
 * button updates. « Quoi de neuf » depends on what one follows: it is asked again next time.
 */
export function useSetFollow() {
  return useMutation(SetFollowMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({ query: MyFollowsQuery, data: { myFollows: data.setFollow } });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'newsFeed' });
      cache.gc();
    },
  });
}
