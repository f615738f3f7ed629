import { useMutation } from '@apollo/client/react';
import {
  CreateCommentMutation,
  DeleteCommentMutation,
  ReportCommentMutation,
  ResourceCommentsQuery,
  UpdateCommentMutation,
} from '../graphql/comment.documents';

/** After any change the comments are asked again: the list (replies, placeholders) comes from the API. */
const refetchResource = () => ({ refetchQueries: [ResourceCommentsQuery], awaitRefetchQueries: true });

export function useCreateComment() {
  return useMutation(CreateCommentMutation, refetchResource());
}

export function useUpdateComment() {
  return useMutation(UpdateCommentMutation, refetchResource());
}

export function useDeleteComment() {
  return useMutation(DeleteCommentMutation, refetchResource());
}

/** The comment comes back with `viewerReported`: « Signaler » gives way to « Signalement envoyé ». */
export function useReportComment() {
  return useMutation(ReportCommentMutation, refetchResource());
}
