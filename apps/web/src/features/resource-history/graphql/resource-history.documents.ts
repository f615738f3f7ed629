import { graphql } from '../../../generated';

export const ResourceHistoryQuery = graphql(`
  query ResourceHistory($slug: String!) {
    resource(slug: $slug) {
      id
      slug
      title
      viewerCanEdit
      history {
        version
        current
        createdAt
        author {
          id
          slug
          name
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export const RestoreResourceVersionMutation = graphql(`
  mutation RestoreResourceVersion($slug: String!, $version: Int!) {
    restoreResourceVersion(slug: $slug, version: $version) {
      id
      slug
      title
    }
  }
`);

export const ResourceBinQuery = graphql(`
  query ResourceBin {
    resourceBin {
      retentionDays
      items {
        id
        slug
        title
        type
        deletedAt
        purgeAt
        deletedBy {
          id
          slug
          name
        }
      }
    }
  }
`);

export const RestoreResourceMutation = graphql(`
  mutation RestoreResource($slug: String!) {
    restoreResource(slug: $slug) {
      id
      slug
      title
    }
  }
`);
