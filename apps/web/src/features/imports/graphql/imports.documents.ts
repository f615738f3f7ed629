import { graphql } from '../../../generated';

export const ImportBatchFieldsFragment = graphql(`
  fragment ImportBatchFields on ImportBatch {
    id
    fileName
    format
    state
    total
    processed
    createdCount
    skippedCount
    reportUrl
    csvHeaders
    csvMapping {
      field
      header
    }
    rows {
      n
      status
      title
      authors
      year
      type
      format
      issues {
        field
        rule
        message
      }
      duplicateOf {
        slug
        title
      }
      duplicateOfRow
    }
  }
`);

/** Coordinators and admins: a batch they brought (NOT_FOUND otherwise). */
export const ImportBatchQuery = graphql(`
  query ImportBatch($id: ID!) {
    importBatch(id: $id) {
      ...ImportBatchFields
    }
  }
`);

/** The batch's progress, asked again every second while the job works. */
export const ImportProgressQuery = graphql(`
  query ImportProgress($id: ID!) {
    importBatch(id: $id) {
      id
      state
      total
      processed
      createdCount
      skippedCount
      reportUrl
    }
  }
`);

export const ImportThemesQuery = graphql(`
  query ImportThemes {
    themes {
      id
      slug
      label
      labelEn
    }
  }
`);

/** CSV only: reads the file again with the columns chosen. */
export const MapImportColumnsMutation = graphql(`
  mutation MapImportColumns($id: ID!, $columns: [ImportColumnInput!]!) {
    mapImportColumns(id: $id, columns: $columns) {
      ...ImportBatchFields
    }
  }
`);

/** BAD_USER_INPUT with issues for the batch's choices; CONFLICT when already started. */
export const StartImportMutation = graphql(`
  mutation StartImport($id: ID!, $input: StartImportInput!) {
    startImport(id: $id, input: $input) {
      id
      state
      total
      processed
      createdCount
      skippedCount
      reportUrl
    }
  }
`);
