import { graphql } from '../../../generated';

/** « Quoi de neuf »: newest first; older items with `after` = the page's endCursor. */
export const NewsFeedQuery = graphql(`
  query NewsFeed($first: Int!, $after: String) {
    newsFeed(first: $first, after: $after) {
      items {
        id
        kind
        at
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
        because {
          kind
          slug
          label
        }
      }
      hasMore
      endCursor
      followCount
    }
  }
`);
