import { useMutation } from '@apollo/client/react';
import {
  CreateCommentMutation,
  CreateReadingListCommentMutation,
  DeleteCommentMutation,
  ReportCommentMutation,
  UpdateCommentMutation,
} from '../graphql/comment.documents';
import { commentsQueryOf, type CommentSubject } from './use-comments';

/** After any change the comments are asked again: the list (replies, placeholders) comes from the API. */
const refetchComments = (subject: CommentSubject) => ({
  refetchQueries: [commentsQueryOf(subject)],
  awaitRefetchQueries: true,
});

/** Sends a comment, or a reply with `parentId`, on the subject: resources and reading lists have a mutation each. */
export function useCreateComment(subject: CommentSubject) {
  const [createOnResource] = useMutation(CreateCommentMutation, refetchComments(subject));
  const [createOnList] = useMutation(CreateReadingListCommentMutation, refetchComments(subject));
  return async (markdown: string, parentId: string | null): Promise<void> => {
    if (subject.kind === 'resource') {
      await createOnResource({ variables: { resourceSlug: subject.slug, markdown, parentId } });
    } else {
      await createOnList({ variables: { listSlug: subject.slug, markdown, parentId } });
    }
  };
}

export function useUpdateComment(subject: CommentSubject) {
  return useMutation(UpdateCommentMutation, refetchComments(subject));
}

export function useDeleteComment(subject: CommentSubject) {
  return useMutation(DeleteCommentMutation, refetchComments(subject));
}

/** The comment comes back with `viewerReported`: « Signaler » gives way to « Signalement envoyé ». */
export function useReportComment(subject: CommentSubject) {
  return useMutation(ReportCommentMutation, refetchComments(subject));
}
