import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ReadingListQuery } from '../graphql/reading-lists.documents';
import { AddResourcesSearch } from './add-resources-search';

interface AddResourcesToListProps {
  slug: string;
  title: string;
  announce: (text: string) => void;
  onAdded?: () => void;
}

/**
 * The list page's « Ajouter des ressources » for a list shown elsewhere by its summary only (an event's attached
 * lists, issue 13 item 14): the list is asked for, so that its items say « Déjà dans la liste ».
 */
export function AddResourcesToList({ slug, title, announce, onAdded }: AddResourcesToListProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ReadingListQuery, { variables: { slug } });
  const list = data?.readingList;
  if (error && !list)
    return <LoadError text={t('readingLists.addResources.loadError')} onRetry={() => void refetch()} />;
  if (!list) return <LoadingMessage text={t('common.loading')} />;
  return (
    <AddResourcesSearch
      list={list}
      announce={announce}
      heading={t('readingLists.addResources.titleFor', { title })}
      headingLevel={3}
      onAdded={onAdded}
    />
  );
}
