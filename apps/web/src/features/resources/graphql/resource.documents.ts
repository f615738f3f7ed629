import { graphql } from '../../../generated';

export const ResourceFieldsFragment = graphql(`
  fragment ResourceFields on Resource {
    id
    slug
    type
    format
    title
    summary
    body
    url
    authors
    authorKinds {
      name
      kind
    }
    publisher
    year
    language
    licence
    durationMinutes
    visibility
    themes {
      id
      slug
      label
      labelEn
    }
    audiences {
      slug
      label
      labelEn
    }
    tags {
      id
      slug
      label
    }
    organisation {
      id
      slug
      name
    }
    contributor {
      id
      slug
      name
    }
    files {
      id
      fileName
      mediaType
      extension
      size
      isMain
      downloadUrl
      previewUrl
      thumbnailUrl
      textStatus
      textError
      pageCount
    }
    createdAt
    updatedAt
  }
`);

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

export const ResourceFormOptionsQuery = graphql(`
  query ResourceFormOptions {
    themes {
      id
      slug
      label
      labelEn
    }
    audiences {
      slug
      label
      labelEn
    }
    organisations {
      id
      slug
      name
    }
  }
`);

export const CreateResourceMutation = graphql(`
  mutation CreateResource($input: ResourceInput!) {
    createResource(input: $input) {
      ...ResourceFields
    }
  }
`);

export const UpdateResourceMutation = graphql(`
  mutation UpdateResource($slug: String!, $input: ResourceInput!) {
    updateResource(slug: $slug, input: $input) {
      ...ResourceFields
    }
  }
`);

export const DeleteResourceMutation = graphql(`
  mutation DeleteResource($slug: String!) {
    deleteResource(slug: $slug)
  }
`);
