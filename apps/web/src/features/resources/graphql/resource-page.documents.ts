import { graphql } from '../../../generated';

// What a resource's page asks (its query, and « Supprimer » for who may): in the first download with that page,
// without the editor's documents (decision 0051).

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
    }
  }
`);

export const DeleteResourceMutation = graphql(`
  mutation DeleteResource($slug: String!) {
    deleteResource(slug: $slug)
  }
`);
