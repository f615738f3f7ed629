import { useMutation } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
import { DeleteReadingListMutation } from '../graphql/reading-lists.documents';
import { paths } from '../../../shared/paths';

/** « Supprimer la liste », confirmed in a dialog; then back to « Listes de lecture », which says it is done. */
export function DeleteReadingListButton({ slug, title }: { slug: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleteReadingList, { loading, error, reset }] = useMutation(DeleteReadingListMutation, {
    // « Listes de lecture » must not show it, even for a moment.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'readingLists' });
      cache.gc();
    },
  });
  return (
    <ConfirmDeleteButton
      label={t('readingLists.delete.button')}
      title={t('readingLists.delete.title')}
      text={t('readingLists.delete.text', { title })}
      confirmLabel={t('readingLists.delete.confirm')}
      busyLabel={t('readingLists.delete.deleting')}
      busy={loading}
      errorText={error ? t('readingLists.delete.error', { message: errorMessage(error) }) : null}
      onOpen={reset}
      onConfirm={() => deleteReadingList({ variables: { slug } })}
      onDeleted={() => void navigate(paths.readingLists, { state: { deletedTitle: title } })}
    />
  );
}
