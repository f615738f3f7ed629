import { graphql } from '../../../generated';

// In the first download (a resource's page and the layout use them): a module of their own, so that the documents
// of the pages loaded on demand stay out of it (decision 0051).
export { ResourceQuery, DeleteResourceMutation } from './resource-page.documents';

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
