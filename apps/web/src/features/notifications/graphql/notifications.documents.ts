import { graphql } from '../../../generated';

/** The header's badge (0 for visitors), polled every minute. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Newest first; older ones with `after` = the page's endCursor. Each is about a resource or a reading list. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      items {
        id
        kind
        createdAt
        read
        commentId
        excerpt
        actor {
          id
          slug
          name
        }
        resource {
          slug
          title
        }
        readingList {
          slug
          title
        }
        theme {
          slug
          label
          labelEn
        }
      }
      unreadCount
      hasMore
      endCursor
    }
  }
`);

/** Marks these notifications read, or all of them without `ids`; returns how many are still unread. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
