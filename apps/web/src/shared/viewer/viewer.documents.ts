import { graphql } from '../../generated';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    slug
    name
    email
    role
    title
    organisation {
      id
      slug
      name
    }
    expertise {
      id
      slug
      label
    }
  }
`);

/** The signed-in person, or null. One query for the whole app (see useViewer). */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

/** Succeeds only when the API runs in development (FORBIDDEN in production). */
export const DevModeQuery = graphql(`
  query DevMode {
    devMailbox {
      id
    }
  }
`);
