import { graphql } from '../../../generated';

export const ActivityReportFieldsFragment = graphql(`
  fragment ActivityReportFields on ActivityReport {
    period {
      from
      to
    }
    previousPeriod {
      from
      to
    }
    filters {
      themeSlug
      organisationSlug
      audienceSlug
      priorityNeighbourhood
    }
    shared
    generatedAt
    figures {
      id
      section
      value
      previous
      changePercent
    }
    tables {
      id
      section
      columns
      rows {
        key
        label
        resourceSlug
        values
        previous
        suppressed
        previousSuppressed
      }
    }
  }
`);

export const ActivityReportQuery = graphql(`
  query ActivityReport($input: ActivityReportInput) {
    activityReport(input: $input) {
      ...ActivityReportFields
    }
  }
`);

export const SharedActivityReportQuery = graphql(`
  query SharedActivityReport($token: String!) {
    sharedActivityReport(token: $token) {
      ...ActivityReportFields
    }
  }
`);

export const ReportFilterOptionsQuery = graphql(`
  query ReportFilterOptions {
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

export const ReportShareLinkFieldsFragment = graphql(`
  fragment ReportShareLinkFields on ReportShareLink {
    id
    label
    period {
      from
      to
    }
    filters {
      themeSlug
      organisationSlug
      audienceSlug
      priorityNeighbourhood
    }
    createdAt
    createdByName
    revokedAt
  }
`);

export const ReportShareLinksQuery = graphql(`
  query ReportShareLinks {
    reportShareLinks {
      ...ReportShareLinkFields
    }
  }
`);

export const CreateReportShareLinkMutation = graphql(`
  mutation CreateReportShareLink($input: ReportShareLinkInput!) {
    createReportShareLink(input: $input) {
      token
      link {
        ...ReportShareLinkFields
      }
    }
  }
`);

export const RevokeReportShareLinkMutation = graphql(`
  mutation RevokeReportShareLink($id: ID!) {
    revokeReportShareLink(id: $id) {
      ...ReportShareLinkFields
    }
  }
`);
