import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../common/graphql-errors';
import { useDeleteComment } from '../hooks/use-comment-mutations';

interface DeleteCommentButtonProps {
  id: string;
  onDeleted: () => void;
}

/** « Supprimer », then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function DeleteCommentButton({ id, onDeleted }: DeleteCommentButtonProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [deleteComment, { loading, error, reset }] = useDeleteComment();

  const open = () => {
    reset();
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  };
  const close = () => dialogRef.current?.close();

  const confirm = async () => {
    try {
      await deleteComment({ variables: { id } });
    } catch {
      return; // shown in the dialog from the mutation's error state
    }
    close();
    onDeleted();
  };

  return (
    <>
      <button type="button" className="button button-danger button-small" onClick={open}>
        {t('comments.delete')}
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('comments.confirmTitle')}</h2>
        <p>{t('comments.confirmText')}</p>
        {error && (
          <p className="field-error" role="alert">
            {t('comments.deleteError', { message: errorMessage(error) })}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={loading} onClick={() => void confirm()}>
            {loading ? t('comments.deleting') : t('comments.confirmDelete')}
          </button>
        </div>
      </dialog>
    </>
  );
}
