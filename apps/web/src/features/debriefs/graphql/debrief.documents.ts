import { graphql } from '../../../generated';

export const DebriefFieldsFragment = graphql(`
  fragment DebriefFields on Debrief {
    id
    date
    context
    audience {
      slug
      label
      labelEn
    }
    ageBand
    participants
    durationMinutes
    parentsPresent
    wentWell
    toAdjust
    rating
    author {
      id
      slug
      name
    }
    createdAt
    edited
    viewerCanEdit
  }
`);

/** What the page of a tool shows about its workshops: the aggregate, then each debrief, newest workshop first. */
export const ResourceDebriefsFragment = graphql(`
  fragment ResourceDebriefs on Resource {
    id
    authors
    debriefSummary {
      count
      participants
      averageRating
    }
    debriefs {
      ...DebriefFields
    }
  }
`);

export const DebriefAudiencesQuery = graphql(`
  query DebriefAudiences {
    audiences {
      slug
      label
      labelEn
    }
  }
`);

export const CreateDebriefMutation = graphql(`
  mutation CreateDebrief($resourceSlug: String!, $input: DebriefInput!) {
    createDebrief(resourceSlug: $resourceSlug, input: $input) {
      ...DebriefFields
    }
  }
`);

export const UpdateDebriefMutation = graphql(`
  mutation UpdateDebrief($id: ID!, $input: DebriefInput!) {
    updateDebrief(id: $id, input: $input) {
      ...DebriefFields
    }
  }
`);

export const DeleteDebriefMutation = graphql(`
  mutation DeleteDebrief($id: ID!) {
    deleteDebrief(id: $id)
  }
`);
