import { graphql } from '../../../generated';

// A resource's discussion, which a page opened directly finds preloaded: in the first download (decision 0051).

/**
 * What the page of a resource shows under « Commentaires », oldest first. A query of its own: within the
 * resource's query it would pass the API's depth and cost limits.
 */
export const ResourceCommentsQuery = graphql(`
  query ResourceComments($slug: String!) {
    resource(slug: $slug) {
      id
      comments {
        ...CommentFields
      }
    }
  }
`);
