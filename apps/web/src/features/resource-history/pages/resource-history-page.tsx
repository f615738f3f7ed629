import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { ResourceNotFound } from '../../../shared/ui/resource-not-found';
import { ResourceHistoryQuery } from '../graphql/resource-history.documents';
import { VersionItem } from '../components/version-item';

/** `/ressources/:slug/historique`: every version, newest first, with a readable diff and restore for editors. */
export function ResourceHistoryPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [restored, setRestored] = useState<number | null>(null);
  // Always asked again: someone else may have changed the resource since.
  const { data, error, refetch } = useQuery(ResourceHistoryQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const resource = data?.resource;
  const notFound = isNotFound(error);
  useDocumentTitle(
    resource ? t('history.title', { title: resource.title }) : notFound ? t('resource.notFoundTitle') : undefined,
  );

  if (notFound) return <ResourceNotFound />;
  if (error && !resource) return <LoadError text={t('history.error')} onRetry={() => void refetch()} />;
  if (!resource) return <LoadingMessage text={t('history.loading')} />;

  return (
    <article className="resource-history">
      <header className="page-header">
        <p>
          <Link to={paths.resource(resource.slug)}>{t('history.backToResource')}</Link>
        </p>
        <h1>{t('history.title', { title: resource.title })}</h1>
        <p className="lead">{t('history.intro')}</p>
      </header>
      <p role="status" className={restored !== null ? 'notice notice-success' : 'visually-hidden'}>
        {restored !== null ? t('history.restored', { version: restored }) : ''}
      </p>
      {resource.history.length === 0 ? (
        <p className="notice">{t('history.empty')}</p>
      ) : (
        <ol className="version-list" aria-label={t('history.listLabel')} reversed>
          {resource.history.map((version) => (
            <VersionItem
              key={version.version}
              slug={resource.slug}
              version={version}
              canRestore={resource.viewerCanEdit}
              onRestored={setRestored}
            />
          ))}
        </ol>
      )}
    </article>
  );
}
