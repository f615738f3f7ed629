import { AddToListDisclosure } from '../../features/reading-lists/components/add-to-list-disclosure';
import type { SearchSlots } from '../../features/search/components/search-results';

/*
 * Where one feature's page shows another feature's part (a resource's comments, « Suivre » on a member's page…), the
 * page takes it as a slot and the app fills it in composition/: features never import each other (see
 * docs/decisions/0014-web-shared-ui-and-feature-boundaries.md). One file per page, so that a page loaded on demand
 * brings its slots with it and nothing more (decision 0045).
 */

export const searchSlots: SearchSlots = {
  addToList: ({ resourceSlug, resourceTitle, open, onToggle }) => (
    <AddToListDisclosure resourceSlug={resourceSlug} resourceTitle={resourceTitle} open={open} onToggle={onToggle} />
  ),
};
