import { skipToken, useQuery } from '@apollo/client/react';
import { ReadingListCommentsQuery, ResourceCommentsQuery } from '../graphql/comment.documents';

/** What a discussion is about: a resource or a reading list, by slug. */
export type CommentSubject = { kind: 'resource'; slug: string } | { kind: 'readingList'; slug: string };

/** The query that lists the subject's comments: mutations ask it again. */
export const commentsQueryOf = (subject: CommentSubject) =>
  subject.kind === 'resource' ? ResourceCommentsQuery : ReadingListCommentsQuery;

/** The subject's comments (undefined while loading), oldest first, with replies under their comment. */
export function useComments(subject: CommentSubject) {
  const variables = { slug: subject.slug };
  // Both hooks always run (rules of hooks); only the one for the subject's kind asks the API.
  const onResource = useQuery(ResourceCommentsQuery, subject.kind === 'resource' ? { variables } : skipToken);
  const onList = useQuery(ReadingListCommentsQuery, subject.kind === 'readingList' ? { variables } : skipToken);
  if (subject.kind === 'resource') {
    return { comments: onResource.data?.resource?.comments, error: onResource.error, refetch: onResource.refetch };
  }
  return { comments: onList.data?.readingList?.comments, error: onList.error, refetch: onList.refetch };
}
