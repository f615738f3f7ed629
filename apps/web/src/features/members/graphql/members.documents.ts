import { graphql } from '../../../generated';

/** Signed-in members: a member’s page (NOT_FOUND for an unknown slug). */
export const MemberProfileQuery = graphql(`
  query MemberProfile($slug: String!) {
    memberProfile(slug: $slug) {
      member {
        id
        slug
        name
        title
        organisation {
          id
          slug
          name
        }
      }
      expertise {
        id
        slug
        label
        labelEn
      }
      viewerFollows
      isViewer
      followerCount
      recentResources {
        slug
        title
      }
    }
  }
`);
