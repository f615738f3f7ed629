import { graphql } from '../../../generated';

// What a resource's page asks (its query, and « Supprimer » for who may): in the first download with that page,
// without the editor's documents (decision 0051).

/**
 * Everything the resource page shows on load, in ONE operation (decision 0050): its sections and its discussion
 * (which the comment section then reads from the cache through `ResourceComments`, the query its changes ask again).
 */
export const ResourceQuery = graphql(`
  query Resource($slug: String!, $countView: Boolean = false) {
    resource(slug: $slug, countView: $countView) {
      ...ResourceFields
      viewerCanEdit
      thumbnailUrl
      ...ResourceReactions
      ...ResourceDebriefs
      ...ResourceDiscussedAt
      ...ResourceLinkStatus
      comments {
        ...CommentFields
      }
    }
  }
`);

export const DeleteResourceMutation = graphql(`
  mutation DeleteResource($slug: String!) {
    deleteResource(slug: $slug)
  }
`);
