import { graphql } from '../../../generated';

/** What a resource's page needs to say its link looks broken (and to whom the hint to edit it goes). */
export const ResourceLinkStatusFragment = graphql(`
  fragment ResourceLinkStatus on Resource {
    id
    slug
    viewerCanEdit
    linkStatus {
      broken
      brokenSince
      reason
      httpStatus
    }
  }
`);

export const BrokenLinksQuery = graphql(`
  query BrokenLinks($first: Int, $after: String) {
    brokenLinks(first: $first, after: $after) {
      items {
        url
        resource {
          slug
          title
        }
        contributor {
          id
          slug
          name
        }
        status {
          brokenSince
          checkedAt
          reason
          httpStatus
        }
      }
      hasMore
      endCursor
    }
  }
`);
