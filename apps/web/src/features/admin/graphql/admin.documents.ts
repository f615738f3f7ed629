import { graphql } from '../../../generated';

export const MemberAccountFieldsFragment = graphql(`
  fragment MemberAccountFields on MemberAccount {
    id
    slug
    name
    email
    role
    lastSignInAt
    deactivatedAt
    organisation {
      id
      slug
      name
    }
  }
`);

/** Admins only (FORBIDDEN for the others). */
export const MemberAccountsQuery = graphql(`
  query MemberAccounts {
    memberAccounts {
      ...MemberAccountFields
    }
  }
`);

/** Admins only; an admin cannot take their own admin role away (FORBIDDEN with a message). */
export const ChangeRoleMutation = graphql(`
  mutation ChangeRole($memberSlug: String!, $role: Role!) {
    changeRole(memberSlug: $memberSlug, role: $role) {
      ...MemberAccountFields
    }
  }
`);

/** Admins only; not oneself nor the last admin (FORBIDDEN with a message). */
export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($memberSlug: String!) {
    deactivateMember(memberSlug: $memberSlug) {
      ...MemberAccountFields
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($memberSlug: String!) {
    reactivateMember(memberSlug: $memberSlug) {
      ...MemberAccountFields
    }
  }
`);

export const PendingInvitationFieldsFragment = graphql(`
  fragment PendingInvitationFields on PendingInvitation {
    id
    email
    name
    role
    invitedBy
    sentAt
    expiresAt
    expired
    organisation {
      id
      slug
      name
    }
  }
`);

/** Admins only: invitations neither accepted nor revoked, the last sent first. */
export const PendingInvitationsQuery = graphql(`
  query PendingInvitations {
    pendingInvitations {
      ...PendingInvitationFields
    }
  }
`);

/** A new link (the old one stops working) and a new expiry; the cache updates the row by its id. */
export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...PendingInvitationFields
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

/** Admins only: the newest entries first. */
export const AuditLogQuery = graphql(`
  query AuditLog($limit: Int) {
    auditLog(limit: $limit) {
      id
      action
      actor
      subject
      details
      createdAt
    }
  }
`);

export const ThemeFieldsFragment = graphql(`
  fragment ThemeFields on Theme {
    id
    slug
    label
    labelEn
    description
  }
`);

/**
 * The vocabulary of themes. Refetched after every change: the other queries reading the root `themes`
 * field (the resource and profile forms) share its cache entry and see the new vocabulary too.
 */
export const ThemesQuery = graphql(`
  query Themes {
    themes {
      ...ThemeFields
    }
  }
`);

/** Coordinators and admins (FORBIDDEN otherwise); BAD_USER_INPUT with issues for an empty or duplicate label. */
export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: ThemeInput!) {
    createTheme(input: $input) {
      ...ThemeFields
    }
  }
`);

/** Coordinators and admins: the slug stays. */
export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($slug: String!, $input: ThemeInput!) {
    updateTheme(slug: $slug, input: $input) {
      ...ThemeFields
    }
  }
`);

/** Coordinators and admins; BAD_USER_INPUT (with a message) when resources still use the theme. */
export const DeleteThemeMutation = graphql(`
  mutation DeleteTheme($slug: String!) {
    deleteTheme(slug: $slug)
  }
`);

/** Admins only: jobs whose attempts are spent (mail that could not be delivered…), newest first. */
export const FailedJobsQuery = graphql(`
  query FailedJobs {
    failedJobs {
      id
      queue
      summary
      attempts
      lastError
      createdAt
      failedAt
    }
  }
`);

/** Admins only: runs a failed job again with fresh attempts (audited). */
export const RetryJobMutation = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) {
      id
    }
  }
`);

/** Admins only: index lag, job queues, last backup and versions (the failed jobs come from FailedJobs). */
export const ServiceStatusQuery = graphql(`
  query ServiceStatus {
    serviceStatus {
      indexLagSeconds
      outboxPending
      pendingMigrations
      jobQueues {
        queue
        due
        scheduled
        running
        failed
        oldestDueAgeSeconds
      }
      lastBackup {
        completedAt
        archive
        sizeBytes
      }
      versions {
        app
        postgres
        meilisearch
        lastMigration
      }
    }
  }
`);
