import type { Translation } from '../fr';

/** The weekly broken-link check: the notice on a resource's page and the curators' list. */
export const linkChecks: Pick<Translation, 'linkStatus' | 'brokenLinks'> = {
  linkStatus: {
    brokenSince: 'This link has looked broken since {{date}}.',
    editHint: 'You can <edit>edit the resource</edit> to fix its address.',
    reasons: {
      HTTP_STATUS: 'The site answers with an error ({{status}}).',
      HTTP_STATUS_unknown: 'The site answers with an error.',
      TIMEOUT: 'The site does not answer in time.',
      UNREACHABLE: 'The site cannot be reached.',
      PRIVATE_ADDRESS: 'The address leads to a private network, which we do not visit.',
      TOO_MANY_REDIRECTS: 'The address redirects too many times.',
      INVALID_URL: 'The address is not a valid web address.',
    },
  },
  brokenLinks: {
    title: 'Broken links',
    intro:
      'Every week, resources’ addresses are checked. Those that failed twice in a row are listed here, oldest first; their contributors have been told.',
    loading: 'Loading broken links…',
    error: 'The broken links could not be loaded.',
    empty: 'No broken link: every address checked answers.',
    caption_one: '{{count}} broken link shown',
    caption_other: '{{count}} broken links shown',
    columns: {
      resource: 'Resource',
      url: 'Address',
      since: 'Broken since',
      reason: 'Reason',
      contributor: 'Contributor',
    },
    unknown: '—',
    more: 'Show more',
    loadingMore: 'Loading…',
    moreError: 'The rest could not be loaded: {{message}}',
  },
};
