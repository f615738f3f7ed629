import { useQuery } from '@apollo/client/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n';
import { formatDate } from '../../../shared/format-date';
import { errorMessage, hasErrorCode } from '../../../shared/graphql-errors';
import { paths } from '../../../shared/paths';
import { AdminLinks } from '../../../shared/ui/admin-links';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { CoordinatorsOnly, RequireCoordinator } from '../../../shared/viewer/require-admin';
import { useDeadReason } from '../components/link-status-notice';
import { BrokenLinksQuery } from '../graphql/link-checks.documents';

export const BROKEN_LINKS_PAGE_SIZE = 50;

function BrokenLinks() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const deadReason = useDeadReason();
  const captionId = useId();
  const [moreError, setMoreError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // Always asked again: the weekly check may have run since the last visit.
  const { data, error, refetch, fetchMore } = useQuery(BrokenLinksQuery, {
    variables: { first: BROKEN_LINKS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });

  if (hasErrorCode(error, ERROR_CODES.forbidden)) return <CoordinatorsOnly />;
  if (error && !data) return <LoadError text={t('brokenLinks.error')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('brokenLinks.loading')} />;

  const { items, hasMore, endCursor } = data.brokenLinks;
  const more = async () => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { first: BROKEN_LINKS_PAGE_SIZE, after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          brokenLinks: {
            ...fetchMoreResult.brokenLinks,
            items: [...previous.brokenLinks.items, ...fetchMoreResult.brokenLinks.items],
          },
        }),
      });
    } catch (failure) {
      setMoreError(t('brokenLinks.moreError', { message: errorMessage(failure) }));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <p className="lead">{t('brokenLinks.intro')}</p>
      <AdminLinks current="brokenLinks" />
      {items.length === 0 ? (
        <p className="notice">{t('brokenLinks.empty')}</p>
      ) : (
        // Scrolls sideways on narrow screens: focusable so that the keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table">
            <caption id={captionId}>{t('brokenLinks.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('brokenLinks.columns.resource')}</th>
                <th scope="col">{t('brokenLinks.columns.url')}</th>
                <th scope="col">{t('brokenLinks.columns.since')}</th>
                <th scope="col">{t('brokenLinks.columns.reason')}</th>
                <th scope="col">{t('brokenLinks.columns.contributor')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.resource.slug}>
                  <th scope="row" className="cell-wrap">
                    <Link to={paths.resource(item.resource.slug)}>{item.resource.title}</Link>
                  </th>
                  <td className="cell-wrap">{item.url}</td>
                  <td>
                    {item.status.brokenSince ? (
                      <time dateTime={item.status.brokenSince}>{formatDate(item.status.brokenSince, language)}</time>
                    ) : (
                      t('brokenLinks.unknown')
                    )}
                  </td>
                  <td>
                    {deadReason(item.status.reason ?? null, item.status.httpStatus ?? null) ?? t('brokenLinks.unknown')}
                  </td>
                  <td>
                    {item.contributor ? (
                      <Link to={paths.member(item.contributor.slug)}>{item.contributor.name}</Link>
                    ) : (
                      t('brokenLinks.unknown')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasMore && (
        <button type="button" className="button button-secondary" onClick={() => void more()} disabled={loadingMore}>
          {loadingMore ? t('brokenLinks.loadingMore') : t('brokenLinks.more')}
        </button>
      )}
      {moreError && (
        <p role="alert" className="notice notice-error">
          {moreError}
        </p>
      )}
    </>
  );
}

/** Coordinators and admins: resources whose link has been dead for two weekly checks in a row, oldest first. */
export function BrokenLinksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('brokenLinks.title'));
  return (
    <div className="admin-page">
      <h1>{t('brokenLinks.title')}</h1>
      <RequireCoordinator>{() => <BrokenLinks />}</RequireCoordinator>
    </div>
  );
}
