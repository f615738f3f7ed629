import { graphql } from '../../../generated';

// The account menu's sign-out, in the layout: in the first download (decision 0051).

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
