import { graphql } from '../../../generated';

/** A person’s page: members see everyone, visitors the people who chose public (NOT_FOUND otherwise). */
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
      deactivatedAt
      followerCount
      recentResources {
        slug
        title
      }
      directory {
        audiences {
          slug
          label
          labelEn
        }
        languages
        contactThemes {
          id
          slug
          label
          labelEn
        }
        directoryVisibility
        acceptsMessages
        viewerCanContact
        themeKnowledge {
          theme {
            id
            slug
            label
            labelEn
          }
          evidence {
            ...KnowledgeEvidenceFields
          }
        }
      }
    }
  }
`);

/** « Contacter »: a mail to the person, the sender in Reply-To; their address is never shown. */
export const ContactMemberMutation = graphql(`
  mutation ContactMember($input: ContactMemberInput!) {
    contactMember(input: $input)
  }
`);
