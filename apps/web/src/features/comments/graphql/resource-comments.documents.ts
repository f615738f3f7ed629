import { graphql } from '../../../generated';

// A resource's discussion, which a page opened directly finds preloaded: in the first download (decision 0051).

/**
 * What the page of a resource shows under « Commentaires », oldest first. The page's `Resource` query brings the same
 * comments on load (decision 0050), so this one is answered from the cache; comment changes ask it again.
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
