import { useMutation } from '@apollo/client/react';
import { HideCommentMutation, ModerationQueueQuery, RestoreCommentMutation } from '../graphql/moderation.documents';

/**
 * The queue is asked again after each decision (a restored comment leaves it, a hidden one moves down); the
 * comment itself comes back with `hidden`, which the resource page's cache takes as it is.
 */
const refetchQueue = () => ({ refetchQueries: [ModerationQueueQuery], awaitRefetchQueries: true });

export function useHideComment() {
  return useMutation(HideCommentMutation, refetchQueue());
}

export function useRestoreComment() {
  return useMutation(RestoreCommentMutation, refetchQueue());
}
