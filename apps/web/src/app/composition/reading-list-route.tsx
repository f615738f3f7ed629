import { CommentSection } from '../../features/comments/components/comment-section';
import { ReadingListPage, type ReadingListSlots } from '../../features/reading-lists/pages/reading-list-page';

/** The parts of other features on a reading list's page (see search-slots.tsx). */
export const readingListSlots: ReadingListSlots = {
  comments: (list) => <CommentSection subject={{ kind: 'readingList', slug: list.slug }} />,
};

/** `/listes/:slug`, loaded on demand with its slots. */
export function ReadingListRoute() {
  return <ReadingListPage slots={readingListSlots} />;
}
