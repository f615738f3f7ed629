import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useViewer } from '../../../shared/viewer/use-viewer';
import {
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.documents';

/** How many notifications a page holds (the API's default). */
export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The header polls the unread count every minute. */
export const UNREAD_POLL_INTERVAL_MS = 60_000;

/** The unread count for the header's badge: polled for signed-in members, nothing asked for visitors. */
export function useUnreadNotificationCount({ poll = false, refresh = false } = {}) {
  const { viewer } = useViewer();
  const { data } = useQuery(
    UnreadNotificationCountQuery,
    viewer
      ? {
          pollInterval: poll ? UNREAD_POLL_INTERVAL_MS : undefined,
          fetchPolicy: refresh ? 'cache-and-network' : 'cache-first',
        }
      : skipToken,
  );
  return viewer ? data?.unreadNotificationCount : undefined;
}

/**
 * Marks notifications read (all of them without `ids`). The API answers with the unread count left: it goes
 * straight into the header's badge, and the notifications on the page are marked read in the cache.
 */
export function useMarkNotificationsRead() {
  return useMutation(MarkNotificationsReadMutation, {
    update(cache, { data }, { variables }) {
      if (!data) return;
      cache.writeQuery({
        query: UnreadNotificationCountQuery,
        data: { unreadNotificationCount: data.markNotificationsRead },
      });
      const requested = variables?.ids;
      const ids =
        requested === null || requested === undefined
          ? (cache
              .readQuery({ query: NotificationsQuery, variables: { first: NOTIFICATIONS_PAGE_SIZE } })
              ?.notifications.items.map((item) => item.id) ?? [])
          : [requested].flat().map(String);
      for (const id of ids) {
        cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { read: () => true } });
      }
    },
  });
}
