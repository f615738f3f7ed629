import { graphql } from '../../../generated';

// What « Ajouter à une liste » on a resource's page asks: in the first download, with that page (decision 0051).

/** Lists one may see; `mine`: curated or co-edited; `editable`: those one may add to (with `containsResource`). */
export const ReadingListsQuery = graphql(`
  query ReadingLists($mine: Boolean!, $editable: Boolean!, $resourceSlug: String) {
    readingLists(mine: $mine, editable: $editable, resourceSlug: $resourceSlug) {
      ...ReadingListSummaryFields
    }
  }
`);

/** Adds a resource at the end; BAD_USER_INPUT on `resourceSlug` (already there) or `note` (too long). */
export const AddReadingListItemMutation = graphql(`
  mutation AddReadingListItem($slug: String!, $resourceSlug: String!, $note: String!) {
    addReadingListItem(slug: $slug, resourceSlug: $resourceSlug, note: $note) {
      ...ReadingListFields
    }
  }
`);
