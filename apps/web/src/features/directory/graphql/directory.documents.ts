import { graphql } from '../../../generated';

/** Why a person knows a theme (« qui connaît … ? »): on a directory hit and on their page. */
export const KnowledgeEvidenceFieldsFragment = graphql(`
  fragment KnowledgeEvidenceFields on KnowledgeEvidence {
    declaredExpertise
    debriefs
    resources
    lists
  }
`);

/** `/annuaire`: one search box and facets over organisations and people (visitors: organisations and public people). */
export const DirectoryQuery = graphql(`
  query Directory($input: DirectorySearchInput!) {
    directory(input: $input) {
      total
      page
      pageSize
      hits {
        type
        slug
        name
        function
        organisationSlug
        organisationName
        kind
        city
        priorityNeighbourhood
        themeLabels
        archived
        logoUrl
        evidence {
          ...KnowledgeEvidenceFields
        }
      }
      askedThemes {
        id
        slug
        label
        labelEn
      }
      facets {
        types {
          value
          label
          count
        }
        kinds {
          value
          label
          count
        }
        cities {
          value
          label
          count
        }
        priorityNeighbourhood {
          value
          label
          count
        }
        themes {
          value
          label
          count
        }
        audiences {
          value
          label
          count
        }
      }
    }
  }
`);

export const DirectoryOrganisationFieldsFragment = graphql(`
  fragment DirectoryOrganisationFields on DirectoryOrganisation {
    id
    slug
    name
    kind
    kindDetail
    city
    neighbourhood
    priorityNeighbourhood
    description
    website
    publicContact
    logoUrl
    archivedAt
    memberCount
    audiences {
      slug
      label
      labelEn
    }
  }
`);

/** `/structures/<slug>` (NOT_FOUND for an unknown or, but for admins, archived organisation). */
export const OrganisationPageQuery = graphql(`
  query OrganisationPage($slug: String!) {
    organisationPage(slug: $slug) {
      organisation {
        ...DirectoryOrganisationFields
      }
      members {
        id
        slug
        name
        title
      }
      resources {
        slug
        title
      }
      debriefs {
        id
        resource {
          slug
          title
        }
        author {
          id
          slug
          name
        }
        workshopDate
        participants
      }
      participantsReached
      events {
        slug
        title
        startsAt
      }
      kits {
        slug
        name
        archivedAt
      }
    }
  }
`);

/** The admin page: every organisation (archived ones too, for admins) and the audiences to choose from. */
export const OrganisationsAdminQuery = graphql(`
  query OrganisationsAdmin {
    directoryOrganisations {
      ...DirectoryOrganisationFields
    }
    audiences {
      slug
      label
      labelEn
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      ...DirectoryOrganisationFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($slug: String!, $input: OrganisationInput!) {
    updateOrganisation(slug: $slug, input: $input) {
      ...DirectoryOrganisationFields
    }
  }
`);

export const SetOrganisationArchivedMutation = graphql(`
  mutation SetOrganisationArchived($slug: String!, $archived: Boolean!) {
    setOrganisationArchived(slug: $slug, archived: $archived) {
      ...DirectoryOrganisationFields
    }
  }
`);

export const MergeOrganisationsMutation = graphql(`
  mutation MergeOrganisations($keepSlug: String!, $mergeSlug: String!) {
    mergeOrganisations(keepSlug: $keepSlug, mergeSlug: $mergeSlug) {
      ...DirectoryOrganisationFields
    }
  }
`);
