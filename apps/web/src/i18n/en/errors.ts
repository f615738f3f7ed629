import type { Translation } from '../fr';

/** The API's errors by reason (`extensions.reason`), with its `params`. */
export const errors: Pick<Translation, 'errors'> = {
  errors: {
    badUserInput: {
      invalid: 'Some values are not valid.',
      nullCharacter: '{{where}}: the null character (U+0000) is not accepted.',
      illFormedText: '{{where}}: ill-formed text (a lone UTF-16 surrogate).',
      tooLong: '{{where}}: {{count}} characters at most.',
    },
    notFound: {
      resource: 'The resource “{{key}}” cannot be found.',
      readingList: 'The reading list “{{key}}” cannot be found.',
      readingListItem: 'The list item “{{key}}” cannot be found.',
      event: 'The event “{{key}}” cannot be found.',
      member: 'The member “{{key}}” cannot be found.',
      person: 'The person “{{key}}” cannot be found.',
      organisation: 'The organisation “{{key}}” cannot be found.',
      theme: 'The theme “{{key}}” cannot be found.',
      comment: 'The comment “{{key}}” cannot be found.',
      debrief: 'The workshop debrief “{{key}}” cannot be found.',
      job: 'The job “{{key}}” cannot be found.',
      failedJob: 'The failed job “{{key}}” cannot be found.',
      synonymGroup: 'The synonym group “{{key}}” cannot be found.',
      passwordResetLink: 'This password reset link cannot be found (already used or expired).',
      invitation: 'This invitation cannot be found (already used or expired).',
      exportFormat: 'Unknown format: pdf, md, csv, ris, bib or json.',
      feedAddress: 'Unknown feed: the address must end with .atom',
      calendarAddress: 'Unknown calendar: the address must end with .ics',
    },
    forbidden: {
      default: 'You do not have permission for this action.',
      adminOnly: 'Administrators only.',
      debriefEditor: 'Only its author and coordinators can edit this workshop debrief.',
      vocabularyAdmin: 'Only administrators edit the vocabulary.',
      eventEditor: 'Events are created and edited by coordinators and administrators.',
      resourceEditor: 'Only the person who shared it and coordinators can edit this resource.',
      commentAuthor: 'Only its author can edit this comment.',
      reportOwnComment: 'You cannot report your own comment.',
      moderator: 'Moderation is for coordinators and administrators.',
      devMailbox: 'The development mailbox does not exist in production.',
      inviteRole: 'You cannot invite someone with this role.',
      ownAdminRole: 'You cannot remove your own administrator role.',
      listEditor: 'Only the person preparing this list and their collaborators can edit it.',
      listCurator: 'Only the person preparing this list can do that.',
      themeManager: 'Only coordinators and administrators manage themes.',
    },
    unauthenticated: {
      signInRequired: 'Sign in to continue.',
      badCredentials: 'Incorrect email address or password.',
    },
    conflict: {
      listChanged:
        'The list has changed in the meantime: the reference item is no longer there. Reload the list and try again.',
      accountExists: 'An account already exists for {{email}}: sign in, or ask for a new password.',
    },
    tooManyRequests: {
      retryLater_one: 'Too many attempts. Try again in {{count}} minute.',
      retryLater_other: 'Too many attempts. Try again in {{count}} minutes.',
    },
    unavailable: {
      search: 'Search is temporarily unavailable. Try again in a moment.',
      pdfChromium: 'The PDF needs Chromium ({{path}}, CHROMIUM_PATH variable); the printable page is still available.',
      pdfBusy: 'Too many PDFs are being prepared; try again in a few seconds.',
    },
    internal: { unexpected: 'An unexpected error occurred. Try again in a moment.' },
  },
};
