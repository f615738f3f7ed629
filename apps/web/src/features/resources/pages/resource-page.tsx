import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { LoadError, LoadingMessage, Skeleton } from '../../../shared/ui/query-status';
import { ResourceDetails, type ResourceSlots } from '../components/resource-details';
import { ResourceNotFound } from '../../../shared/ui/resource-not-found';
import { ResourceQuery } from '../graphql/resource-page.documents';
import { paths } from '../../../shared/paths';

/** `/ressources/:slug`; the sections other features add come as `slots`, composed by the app. */
export function ResourcePage({ slots }: { slots: ResourceSlots }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  // One view counted per page load (the report's « most consulted »); the edit page does not count.
  const { data, error, refetch } = useQuery(ResourceQuery, { variables: { slug, countView: true } });
  const resource = data?.resource;
  const notFound = isNotFound(error);

  // An old address (the title, hence the slug, changed since): go to the current one.
  const currentSlug = resource?.slug;
  useEffect(() => {
    if (currentSlug && currentSlug !== slug) {
      void navigate(paths.resource(currentSlug), { replace: true });
    }
  }, [currentSlug, slug, navigate]);

  useDocumentTitle(resource?.title ?? (notFound ? t('resource.notFoundTitle') : undefined));

  if (notFound) return <ResourceNotFound />;
  if (error && !resource) return <LoadError text={t('resource.error')} onRetry={() => void refetch()} />;
  if (!resource) {
    return (
      <div className="resource-loading">
        <Skeleton className="skeleton-title" lines={[20, 70]} />
        <Skeleton lines={[100, 90, 60]} />
        <LoadingMessage text={t('resource.loading')} />
      </div>
    );
  }
  return <ResourceDetails resource={resource} slots={slots} />;
}
