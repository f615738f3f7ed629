import { graphql } from '../../../generated';

export const ReactionCountFieldsFragment = graphql(`
  fragment ReactionCountFields on ReactionCount {
    kind
    count
    viewerReacted
    members {
      id
      name
    }
  }
`);

/** What the page of a resource shows under its title: the three reactions and whether it is a favourite. */
export const ResourceReactionsFragment = graphql(`
  fragment ResourceReactions on Resource {
    id
    reactions {
      ...ReactionCountFields
    }
    bookmarked
  }
`);

/** Only the reactions: written into the cache from toggleReaction's answer. */
export const ReactionsOnlyFragment = graphql(`
  fragment ReactionsOnly on Resource {
    reactions {
      ...ReactionCountFields
    }
  }
`);

export const ToggleReactionMutation = graphql(`
  mutation ToggleReaction($resourceSlug: String!, $kind: ReactionKind!) {
    toggleReaction(resourceSlug: $resourceSlug, kind: $kind) {
      ...ReactionCountFields
    }
  }
`);

export const SetBookmarkMutation = graphql(`
  mutation SetBookmark($resourceSlug: String!, $bookmarked: Boolean!) {
    setBookmark(resourceSlug: $resourceSlug, bookmarked: $bookmarked)
  }
`);

export const BookmarksQuery = graphql(`
  query Bookmarks($page: Int, $pageSize: Int) {
    bookmarks(page: $page, pageSize: $pageSize) {
      items {
        id
        slug
        title
        type
        year
      }
      page
      pageSize
      total
    }
  }
`);
