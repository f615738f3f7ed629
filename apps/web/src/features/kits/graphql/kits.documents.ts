import { graphql } from '../../../generated';

export const KitLoanFieldsFragment = graphql(`
  fragment KitLoanFields on KitLoan {
    id
    kit {
      slug
      name
    }
    requester {
      id
      slug
      name
    }
    organisation {
      slug
      name
    }
    event {
      slug
      title
    }
    purpose
    firstDay
    lastDay
    periodLabel
    status
    refusedReason
    handedOverAt
    returnedAt
    returnCheck {
      label
      missing
      broken
      note
    }
    viewerCanHandle
    viewerCanCancel
  }
`);

/** `/malles`: every kit, and the month's loans of all kits for the calendar. */
export const KitsQuery = graphql(`
  query Kits($from: String!, $to: String!) {
    kits {
      id
      slug
      name
      description
      archivedAt
      organisation {
        slug
        name
      }
      items {
        label
        quantity
      }
      photos {
        id
        url
        altText
      }
    }
    kitCalendar(from: $from, to: $to) {
      kit {
        slug
        name
      }
      firstDay
      lastDay
      status
      organisationName
    }
  }
`);

export const KitFieldsFragment = graphql(`
  fragment KitFields on Kit {
    id
    slug
    name
    description
    archivedAt
    organisation {
      slug
      name
    }
    items {
      label
      quantity
    }
    conditionNotes
    pickupPlace
    loanConditions
    viewerCanManage
    resources {
      slug
      title
    }
    photos {
      id
      url
      altText
    }
  }
`);

/** `/malles/<slug>`: the kit, its busy days of the month shown, its tools' debriefs, and its history for its owners. */
export const KitQuery = graphql(`
  query Kit($slug: String!, $month: String) {
    kit(slug: $slug) {
      ...KitFields
      busy(month: $month) {
        firstDay
        lastDay
        status
      }
      debriefs {
        id
        resource {
          slug
          title
        }
        workshopDate
        context
        participants
      }
      loans {
        ...KitLoanFields
      }
    }
  }
`);

export const MyKitLoansQuery = graphql(`
  query MyKitLoans {
    myKitLoans {
      ...KitLoanFields
    }
    kitLoansToHandle {
      ...KitLoanFields
    }
  }
`);

export const CreateKitMutation = graphql(`
  mutation CreateKit($input: KitInput!) {
    createKit(input: $input) {
      ...KitFields
    }
  }
`);

export const UpdateKitMutation = graphql(`
  mutation UpdateKit($slug: String!, $input: KitInput!) {
    updateKit(slug: $slug, input: $input) {
      ...KitFields
    }
  }
`);

export const RequestKitLoanMutation = graphql(`
  mutation RequestKitLoan($input: KitLoanRequestInput!) {
    requestKitLoan(input: $input) {
      ...KitLoanFields
    }
  }
`);

export const AcceptKitLoanMutation = graphql(`
  mutation AcceptKitLoan($id: ID!) {
    acceptKitLoan(id: $id) {
      ...KitLoanFields
    }
  }
`);

export const RefuseKitLoanMutation = graphql(`
  mutation RefuseKitLoan($id: ID!, $reason: String!) {
    refuseKitLoan(id: $id, reason: $reason) {
      ...KitLoanFields
    }
  }
`);

export const CancelKitLoanMutation = graphql(`
  mutation CancelKitLoan($id: ID!) {
    cancelKitLoan(id: $id) {
      ...KitLoanFields
    }
  }
`);

export const HandOverKitLoanMutation = graphql(`
  mutation HandOverKitLoan($id: ID!) {
    handOverKitLoan(id: $id) {
      ...KitLoanFields
    }
  }
`);

export const ReturnKitLoanMutation = graphql(`
  mutation ReturnKitLoan($id: ID!, $check: [KitReturnCheckLineInput!]!, $notes: String!) {
    returnKitLoan(id: $id, check: $check, notes: $notes) {
      ...KitLoanFields
    }
  }
`);

/** Those who manage the kit: the photo goes, its bytes after it (sending one is `POST /malles/<slug>/photos`). */
export const RemoveKitPhotoMutation = graphql(`
  mutation RemoveKitPhoto($id: ID!) {
    removeKitPhoto(id: $id) {
      id
      photos {
        id
        url
        altText
      }
    }
  }
`);
