import { graphql } from '../../../generated';

// In the first download (a resource's page and the layout use them): a module of their own, so that the documents
// of the pages loaded on demand stay out of it (decision 0051).
export { ReadingListsQuery, AddReadingListItemMutation } from './add-to-list.documents';

/** One entry of « Listes de lecture » and of the lists offered on a resource's page. */
export const ReadingListSummaryFieldsFragment = graphql(`
  fragment ReadingListSummaryFields on ReadingListSummary {
    slug
    title
    visibility
    curator {
      id
      slug
      name
    }
    itemCount
    viewerRead
    viewerCanEdit
    containsResource
    updatedAt
  }
`);

/** An item as the viewer may see it: `resource` only when AVAILABLE, `titleSnapshot` only when DELETED. */
export const ReadingListItemFieldsFragment = graphql(`
  fragment ReadingListItemFields on ReadingListItem {
    id
    position
    note
    availability
    addedBy {
      id
      slug
      name
    }
    resource {
      slug
      title
      type
      format
      year
      authors
      url
      summary
    }
    titleSnapshot
    viewerRead
  }
`);

/** A whole list: every mutation on a list answers with it, so the page updates from the answer. */
export const ReadingListFieldsFragment = graphql(`
  fragment ReadingListFields on ReadingList {
    id
    slug
    title
    intro
    visibility
    curator {
      id
      slug
      name
    }
    collaborators {
      id
      slug
      name
    }
    items {
      ...ReadingListItemFields
    }
    viewerRead
    participants {
      member {
        id
        slug
        name
      }
      read
      readItemIds
    }
    viewerCanEdit
    viewerCanManage
    hasShareLink
    viaShareLink
    pdfExportAvailable
    version
    updatedAt
  }
`);

/** The meetings a list prepares (« Pour : Rencontre du réseau…, jeudi 10 décembre 2026 »), soonest first. */
export const ReadingListMeetingsFragment = graphql(`
  fragment ReadingListMeetings on ReadingList {
    meetings {
      slug
      title
      startsAt
      timeZone
    }
  }
`);

/**
 * A list by slug; `shareToken` comes from a share link (`?partage=`) and lets anyone read it. Its meetings come with
 * the page only: no mutation on the list changes them.
 */
export const ReadingListQuery = graphql(`
  query ReadingList($slug: String!, $shareToken: String) {
    readingList(slug: $slug, shareToken: $shareToken) {
      ...ReadingListFields
      ...ReadingListMeetings
    }
  }
`);

export const CreateReadingListMutation = graphql(`
  mutation CreateReadingList($input: ReadingListInput!) {
    createReadingList(input: $input) {
      ...ReadingListFields
    }
  }
`);

export const UpdateReadingListMutation = graphql(`
  mutation UpdateReadingList($slug: String!, $input: ReadingListInput!) {
    updateReadingList(slug: $slug, input: $input) {
      ...ReadingListFields
    }
  }
`);

export const DeleteReadingListMutation = graphql(`
  mutation DeleteReadingList($slug: String!) {
    deleteReadingList(slug: $slug)
  }
`);

export const UpdateReadingListItemMutation = graphql(`
  mutation UpdateReadingListItem($itemId: ID!, $note: String!) {
    updateReadingListItem(itemId: $itemId, note: $note) {
      ...ReadingListFields
    }
  }
`);

export const RemoveReadingListItemMutation = graphql(`
  mutation RemoveReadingListItem($itemId: ID!) {
    removeReadingListItem(itemId: $itemId) {
      ...ReadingListFields
    }
  }
`);

/** Puts the item right after `afterItemId` (first when null); CONFLICT when that item was removed meanwhile. */
export const MoveReadingListItemMutation = graphql(`
  mutation MoveReadingListItem($itemId: ID!, $afterItemId: ID) {
    moveReadingListItem(itemId: $itemId, afterItemId: $afterItemId) {
      ...ReadingListFields
    }
  }
`);

export const MarkReadingListItemReadMutation = graphql(`
  mutation MarkReadingListItemRead($itemId: ID!, $read: Boolean!) {
    markReadingListItemRead(itemId: $itemId, read: $read) {
      ...ReadingListFields
    }
  }
`);

export const AddReadingListCollaboratorMutation = graphql(`
  mutation AddReadingListCollaborator($slug: String!, $memberSlug: String!) {
    addReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {
      ...ReadingListFields
    }
  }
`);

export const RemoveReadingListCollaboratorMutation = graphql(`
  mutation RemoveReadingListCollaborator($slug: String!, $memberSlug: String!) {
    removeReadingListCollaborator(slug: $slug, memberSlug: $memberSlug) {
      ...ReadingListFields
    }
  }
`);

/** A new secret read-only link, shown once: the previous one stops working. */
export const CreateReadingListShareLinkMutation = graphql(`
  mutation CreateReadingListShareLink($slug: String!) {
    createReadingListShareLink(slug: $slug)
  }
`);

export const RevokeReadingListShareLinkMutation = graphql(`
  mutation RevokeReadingListShareLink($slug: String!) {
    revokeReadingListShareLink(slug: $slug) {
      ...ReadingListFields
    }
  }
`);

/** Resources whose title matches, to add to a list from its page (issue 13, item 14): quick search's resource hits. */
export const ListResourceSuggestionsQuery = graphql(`
  query ListResourceSuggestions($q: String!) {
    quickSearch(q: $q, limit: 8) {
      hits {
        kind
        slug
        detail
        title {
          text
        }
      }
    }
  }
`);

/** The list's team: mails those the list is for who read none of it (job queue); answers how many. */
export const RemindReadingListUnreadMutation = graphql(`
  mutation RemindReadingListUnread($slug: String!) {
    remindReadingListUnread(slug: $slug)
  }
`);
