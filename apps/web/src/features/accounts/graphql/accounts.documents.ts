import { graphql } from '../../../generated';

// In the first download (a resource's page and the layout use them): a module of their own, so that the documents
// of the pages loaded on demand stay out of it (decision 0051).
export { SignOutMutation, SignOutEverywhereMutation } from './sign-out.documents';

export const DevMailboxQuery = graphql(`
  query DevMailbox {
    devMailbox {
      id
      to
      subject
      text
      sentAt
    }
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    email
    name
    role
    expiresAt
    organisation {
      id
      slug
      name
    }
  }
`);

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      ...InvitationFields
    }
    invitationStatus(token: $token)
  }
`);

export const AccountFormOptionsQuery = graphql(`
  query AccountFormOptions {
    themes {
      id
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

/** The profile form's directory part: what the person shows now, and the audiences to choose from. */
export const ProfileDirectoryQuery = graphql(`
  query ProfileDirectory($slug: String!) {
    memberProfile(slug: $slug) {
      directory {
        audiences {
          slug
        }
        languages
        contactThemes {
          id
          slug
        }
        directoryVisibility
        acceptsMessages
      }
    }
    audiences {
      slug
      label
      labelEn
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...ViewerFields
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      ...ViewerFields
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationFields
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...ViewerFields
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
      ...ViewerFields
    }
  }
`);

/** The weekly digest setting, apart from ViewerFields: only the profile page needs it. */
export const DigestSettingQuery = graphql(`
  query DigestSetting {
    viewer {
      id
      digestEnabled
    }
  }
`);

export const SetDigestEnabledMutation = graphql(`
  mutation SetDigestEnabled($enabled: Boolean!) {
    setDigestEnabled(enabled: $enabled)
  }
`);

/** The next weekly digest as it would be sent now (asked when the preview is opened). */
export const DigestPreviewQuery = graphql(`
  query DigestPreview {
    digestPreview {
      subject
      text
      itemCount
    }
  }
`);

/** The welcome step after accepting an invitation (`/bienvenue`): profile fields and themes to follow. */
export const CompleteWelcomeMutation = graphql(`
  mutation CompleteWelcome($input: WelcomeInput!) {
    completeWelcome(input: $input) {
      ...ViewerFields
    }
  }
`);
