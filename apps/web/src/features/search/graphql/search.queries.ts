import { graphql } from '../../../generated';

export const FacetValueFieldsFragment = graphql(`
  fragment FacetValueFields on FacetValue {
    value
    label
    count
  }
`);

export const SearchResourcesQuery = graphql(`
  query SearchResources($input: SearchInput!) {
    search(input: $input) {
      total
      page
      pageSize
      totalPages
      suggestion
      relaxations {
        field
        total
      }
      hits {
        resource {
          id
          slug
          type
          format
          title
          summary
          year
          themes {
            id
            slug
            label
            labelEn
          }
        }
        title {
          text
          match
        }
        summary {
          text
          match
        }
        thumbnailUrl
        fileMatch {
          fileId
          fileName
          unit
          number
          excerpt
        }
      }
      facets {
        types {
          ...FacetValueFields
        }
        formats {
          ...FacetValueFields
        }
        themes {
          ...FacetValueFields
        }
        audiences {
          ...FacetValueFields
        }
        # Tags are many: only the most used are offered (the API adds any already chosen).
        tags(first: 15) {
          ...FacetValueFields
        }
        organisations {
          ...FacetValueFields
        }
        languages {
          ...FacetValueFields
        }
      }
    }
  }
`);

/** Suggestions while typing: resources, organisations and themes, best first. */
export const QuickSearchQuery = graphql(`
  query QuickSearch($q: String!, $limit: Int) {
    quickSearch(q: $q, limit: $limit) {
      hits {
        kind
        slug
        title {
          text
          match
        }
        detail
        resourceType
        year
      }
    }
  }
`);
