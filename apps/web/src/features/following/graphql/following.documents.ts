import { graphql } from '../../../generated';

export const FollowFieldsFragment = graphql(`
  fragment FollowFields on Follow {
    kind
    slug
    label
  }
`);

/** What the signed-in person follows: themes, organisations, then members. */
export const MyFollowsQuery = graphql(`
  query MyFollows {
    myFollows {
      ...FollowFields
    }
  }
`);

/** Follows or unfollows; the answer is the whole new list, written in place of `myFollows`. */
export const SetFollowMutation = graphql(`
  mutation SetFollow($kind: FollowKind!, $slug: String!, $following: Boolean!) {
    setFollow(kind: $kind, slug: $slug, following: $following) {
      ...FollowFields
    }
  }
`);

/** Everything one may follow on « Mes abonnements »: the themes and the organisations of the network. */
export const FollowOptionsQuery = graphql(`
  query FollowOptions {
    themes {
      id
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
