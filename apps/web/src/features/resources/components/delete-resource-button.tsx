import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../common/graphql-errors';
import { useDeleteResource } from '../hooks/use-resource-mutations';

interface DeleteResourceButtonProps {
  id: string;
  slug: string;
  title: string;
}

/** "Supprimer", then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function DeleteResourceButton({ id, slug, title }: DeleteResourceButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [deleteResource, { loading, error, reset }] = useDeleteResource(id);

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
      await deleteResource({ variables: { slug } });
    } catch {
      return; // shown in the dialog from the mutation's error state
    }
    close();
    void navigate('/', { state: { deleted: true } });
  };

  return (
    <>
      <button type="button" className="button button-danger" onClick={open}>
        {t('resource.delete')}
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('resource.confirmTitle')}</h2>
        <p>{t('resource.confirmText', { title })}</p>
        {error && (
          <p className="field-error" role="alert">
            {t('resource.deleteError', { message: errorMessage(error) })}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={loading} onClick={() => void confirm()}>
            {loading ? t('resource.deleting') : t('resource.confirmDelete')}
          </button>
        </div>
      </dialog>
    </>
  );
}
