import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { useLabels } from '../../../i18n/use-labels';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { BookmarksQuery } from '../graphql/reaction.documents';
import { paths } from '../../../shared/paths';

export const BOOKMARKS_PAGE_SIZE = 20;

/** The page number from `?page=`, 1 when missing or not a whole number. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function BookmarksPagination({ page, totalPages }: { page: number; totalPages: number }) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  const linkTo = (target: number) => ({ search: target === 1 ? '' : `?page=${target}` });
  return (
    <nav className="pagination" aria-label={t('search.pagination')}>
      {page > 1 ? (
        <Link to={linkTo(page - 1)} rel="prev" className="button button-secondary">
          {t('search.previous')}
        </Link>
      ) : (
        <span className="button button-secondary is-disabled" aria-disabled="true">
          {t('search.previous')}
        </span>
      )}
      <span className="pagination-status">{t('search.pageOf', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <Link to={linkTo(page + 1)} rel="next" className="button button-secondary">
          {t('search.next')}
        </Link>
      ) : (
        <span className="button button-secondary is-disabled" aria-disabled="true">
          {t('search.next')}
        </span>
      )}
    </nav>
  );
}

function Bookmarks() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams.get('page'));
  const { data, error, refetch } = useQuery(BookmarksQuery, {
    variables: { page, pageSize: BOOKMARKS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const result = data?.bookmarks;

  if (error && !result) return <LoadError text={t('bookmarks.error')} onRetry={() => void refetch()} />;
  if (!result) return <LoadingMessage text={t('bookmarks.loading')} />;
  if (result.total === 0) return <p className="empty-state">{t('bookmarks.empty')}</p>;

  const totalPages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <p className="lead">{t('bookmarks.count', { count: result.total })}</p>
      <ol className="bookmark-list" aria-label={t('bookmarks.listLabel')}>
        {result.items.map((resource) => (
          <li key={resource.id} className="bookmark-item">
            <Link to={paths.resource(resource.slug)}>{resource.title}</Link>
            <span className="bookmark-meta">
              <span className={`type-badge type-${resource.type}`}>{labels.type(resource.type)}</span>
              {resource.year !== null && resource.year !== undefined && (
                <span className="hit-meta-part">{resource.year}</span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <BookmarksPagination page={Math.min(page, totalPages)} totalPages={totalPages} />
    </>
  );
}

/** « Mes favoris »: the resources the signed-in person bookmarked, newest first, 20 a page. */
export function BookmarksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('bookmarks.title'));
  return (
    <div className="bookmarks-page">
      <h1>{t('bookmarks.title')}</h1>
      <RequireViewer>{() => <Bookmarks />}</RequireViewer>
    </div>
  );
}
