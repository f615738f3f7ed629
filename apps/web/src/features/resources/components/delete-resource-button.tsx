import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { ConfirmDeleteButton } from '../../../shared/ui/confirm-delete-button';
import { errorMessage } from '../../../shared/graphql-errors';
import { useDeleteResource } from '../hooks/use-delete-resource';
import { paths } from '../../../shared/paths';

interface DeleteResourceButtonProps {
  id: string;
  slug: string;
  title: string;
}

/** "Supprimer", then a confirmation in a native modal dialog (focus trap and Escape come with it). */
export function DeleteResourceButton({ id, slug, title }: DeleteResourceButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleteResource, { loading, error, reset }] = useDeleteResource(id);

  return (
    <ConfirmDeleteButton
      label={t('resource.delete')}
      title={t('resource.confirmTitle')}
      text={t('resource.confirmText', { title })}
      confirmLabel={t('resource.confirmDelete')}
      busyLabel={t('resource.deleting')}
      busy={loading}
      errorText={error ? t('resource.deleteError', { message: errorMessage(error) }) : null}
      onOpen={reset}
      onConfirm={() => deleteResource({ variables: { slug } })}
      onDeleted={() => void navigate(paths.search(), { state: { deleted: true } })}
    />
  );
}
