import { graphql } from '../../../generated';

export const MemberAccountFieldsFragment = graphql(`
  fragment MemberAccountFields on MemberAccount {
    id
    slug
    name
    email
    role
    lastSignInAt
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
