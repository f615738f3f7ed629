import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
import { DeleteEventMutation } from '../graphql/events.documents';
import { paths } from '../../../shared/paths';

/** « Supprimer l’événement », confirmed in a dialog; then back to « Événements et rencontres », which says it is done. */
export function DeleteEventButton({ slug, title }: { slug: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleteEvent, { loading, error, reset }] = useMutation(DeleteEventMutation, {
    // « Événements et rencontres » must not show it, even for a moment.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'events' });
      cache.gc();
    },
  });
  return (
    <ConfirmDeleteButton
      label={t('events.delete.button')}
      title={t('events.delete.title')}
      text={t('events.delete.text', { title })}
      confirmLabel={t('events.delete.confirm')}
      busyLabel={t('events.delete.deleting')}
      busy={loading}
      errorText={error ? t('events.delete.error', { message: errorMessage(error) }) : null}
      onOpen={reset}
      onConfirm={() => deleteEvent({ variables: { slug } })}
      onDeleted={() => void navigate(paths.events, { state: { deletedTitle: title } })}
    />
  );
}
