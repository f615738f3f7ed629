import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
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
  const [deleteDebrief, { loading, error, reset }] = useDeleteDebrief();

  return (
    <ConfirmDeleteButton
      label={
        <Trans
          i18nKey="debriefs.delete"
          values={{ date: dateText }}
          components={{ hidden: <span className="visually-hidden" /> }}
        />
      }
      title={t('debriefs.confirmTitle')}
      text={t('debriefs.confirmText', { date: dateText })}
      confirmLabel={t('debriefs.confirmDelete')}
      busyLabel={t('debriefs.deleting')}
      busy={loading}
      errorText={error ? t('debriefs.deleteError', { message: errorMessage(error) }) : null}
      onOpen={reset}
      onConfirm={() => deleteDebrief({ variables: { id } })}
      onDeleted={onDeleted}
    />
  );
}
