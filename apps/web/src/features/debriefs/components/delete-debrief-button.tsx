import { useId, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage } from '../../../common/graphql-errors';
import { useDeleteDebrief } from '../hooks/use-debrief-mutations';

interface DeleteDebriefButtonProps {
  id: string;
  /** The workshop's date as shown, to name the debrief in the button and the question. */
  dateText: string;
  onDeleted: () => void;
}

/** "Supprimer", then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function DeleteDebriefButton({ id, dateText, onDeleted }: DeleteDebriefButtonProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [deleteDebrief, { loading, error, reset }] = useDeleteDebrief();

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
      await deleteDebrief({ variables: { id } });
    } catch {
      return; // shown in the dialog from the mutation's error state
    }
    close();
    onDeleted();
  };

  return (
    <>
      <button type="button" className="button button-danger" onClick={open}>
        <Trans i18nKey="debriefs.delete" values={{ date: dateText }} components={{ hidden: <span className="visually-hidden" /> }} />
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('debriefs.confirmTitle')}</h2>
        <p>{t('debriefs.confirmText', { date: dateText })}</p>
        {error && (
          <p className="field-error" role="alert">
            {t('debriefs.deleteError', { message: errorMessage(error) })}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-danger" disabled={loading} onClick={() => void confirm()}>
            {loading ? t('debriefs.deleting') : t('debriefs.confirmDelete')}
          </button>
        </div>
      </dialog>
    </>
  );
}
