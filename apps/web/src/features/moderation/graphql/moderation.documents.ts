import { graphql } from '../../../generated';

/**
 * Coordinators and admins (FORBIDDEN otherwise): reported comments, then hidden ones. Each is on a resource or on a
 * reading list: exactly one of `resource` and `readingList` is set.
 */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue {
    moderationQueue {
      id
      html
      createdAt
      hidden
      reportCount
      author {
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
      reports {
        reason
        createdAt
        reporter {
          id
          slug
          name
        }
      }
    }
  }
`);

/** What a moderation decision changes on the comment, written into the cache for the resource page too. */
export const ModeratedCommentFieldsFragment = graphql(`
  fragment ModeratedCommentFields on Comment {
    id
    hidden
    html
  }
`);

/** Coordinators and admins: hides the comment and settles its reports (audited). */
export const HideCommentMutation = graphql(`
  mutation HideComment($id: ID!) {
    hideComment(id: $id) {
      ...ModeratedCommentFields
    }
  }
`);

/** Coordinators and admins: shows the comment again and dismisses its reports (audited). */
export const RestoreCommentMutation = graphql(`
  mutation RestoreComment($id: ID!) {
    restoreComment(id: $id) {
      ...ModeratedCommentFields
    }
  }
`);
