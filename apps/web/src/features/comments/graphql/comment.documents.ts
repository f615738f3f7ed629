import { graphql } from '../../../generated';

// In the first download (a resource's page opened directly writes its preloaded discussion into the cache with it):
// a module of its own, without the comments' mutations (decision 0051).
export { ResourceCommentsQuery } from './resource-comments.documents';

export const CommentContentFieldsFragment = graphql(`
  fragment CommentContentFields on Comment {
    id
    author {
      id
      slug
      name
    }
    html
    markdown
    createdAt
    edited
    deleted
    hidden
    viewerCanEdit
    viewerCanReport
    viewerReported
  }
`);

/** A comment with its replies (one level deep). */
export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    ...CommentContentFields
    replies {
      ...CommentContentFields
    }
  }
`);

/** The same for a reading list's page (never asked through a share link: the API answers none there). */
export const ReadingListCommentsQuery = graphql(`
  query ReadingListComments($slug: String!) {
    readingList(slug: $slug) {
      id
      comments {
        ...CommentFields
      }
    }
  }
`);

/** A comment (or, with `parentId`, a reply) on a resource. */
export const CreateCommentMutation = graphql(`
  mutation CreateComment($resourceSlug: String!, $markdown: String!, $parentId: ID) {
    createComment(resourceSlug: $resourceSlug, markdown: $markdown, parentId: $parentId) {
      ...CommentContentFields
    }
  }
`);

/** A comment (or, with `parentId`, a reply) on a reading list. */
export const CreateReadingListCommentMutation = graphql(`
  mutation CreateReadingListComment($listSlug: String!, $markdown: String!, $parentId: ID) {
    createReadingListComment(listSlug: $listSlug, markdown: $markdown, parentId: $parentId) {
      ...CommentContentFields
    }
  }
`);

/** Updating, deleting and reporting go by the comment's id, whatever it is about. */
export const UpdateCommentMutation = graphql(`
  mutation UpdateComment($id: ID!, $markdown: String!) {
    updateComment(id: $id, markdown: $markdown) {
      ...CommentContentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

/** Any member reports another’s comment; BAD_USER_INPUT with an issue on `reason` (3 to 500 characters). */
export const ReportCommentMutation = graphql(`
  mutation ReportComment($id: ID!, $reason: String!) {
    reportComment(id: $id, reason: $reason)
  }
`);
