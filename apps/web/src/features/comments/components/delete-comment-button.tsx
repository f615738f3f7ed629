import { useTranslation } from '../../../i18n/use-translation';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
import { useDeleteComment } from '../hooks/use-comment-mutations';
import type { CommentSubject } from '../hooks/use-comments';

interface DeleteCommentButtonProps {
  id: string;
  subject: CommentSubject;
  onDeleted: () => void;
}

/** « Supprimer », then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function DeleteCommentButton({ id, subject, onDeleted }: DeleteCommentButtonProps) {
  const { t } = useTranslation();
  const [deleteComment, { loading, error, reset }] = useDeleteComment(subject);

  return (
    <ConfirmDeleteButton
      label={t('comments.delete')}
      className="button-small"
      title={t('comments.confirmTitle')}
      text={t('comments.confirmText')}
      confirmLabel={t('comments.confirmDelete')}
      busyLabel={t('comments.deleting')}
      busy={loading}
      errorText={error ? t('comments.deleteError', { message: errorMessage(error) }) : null}
      onOpen={reset}
      onConfirm={() => deleteComment({ variables: { id } })}
      onDeleted={onDeleted}
    />
  );
}
