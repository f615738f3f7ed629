import { skipToken, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { signInPath } from '../../../shared/viewer/return-path';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ReadingListSummaries } from '../components/reading-list-summaries';
import { ReadingListsQuery } from '../graphql/reading-lists.documents';
import { paths } from '../../../shared/paths';

/** What a page left after deleting a list says here. */
const deletedTitle = (state: unknown): string | null => {
  const title = (state as { deletedTitle?: unknown } | null)?.deletedTitle;
  return typeof title === 'string' ? title : null;
};

function Lists() {
  const { t } = useTranslation();
  const id = useId();
  const location = useLocation();
  const { viewer, loading: viewerLoading } = useViewer();
  // Asked again on each visit: the lists change with every collaborator's work.
  const all = useQuery(ReadingListsQuery, {
    variables: { mine: false, editable: false },
    fetchPolicy: 'cache-and-network',
  });
  const mine = useQuery(
    ReadingListsQuery,
    viewer ? { variables: { mine: true, editable: false }, fetchPolicy: 'cache-and-network' } : skipToken,
  );

  const failed = (all.error && !all.data) || (mine.error && !mine.data);
  if (failed) {
    return (
      <LoadError
        text={t('readingLists.loadError')}
        onRetry={() => {
          void all.refetch();
          if (viewer) void mine.refetch();
        }}
      />
    );
  }
  if (viewerLoading || !all.data || (viewer && !mine.data)) return <LoadingMessage text={t('common.loading')} />;

  const myLists = mine.data?.readingLists ?? [];
  const mySlugs = new Set(myLists.map((list) => list.slug));
  const others = all.data.readingLists.filter((list) => !mySlugs.has(list.slug));

  return (
    <>
      {viewer ? (
        <>
          <p>
            <Link to={paths.newReadingList} className="button">
              {t('readingLists.newList')}
            </Link>
          </p>
          <section className="reading-lists-section" aria-labelledby={`${id}-mine`}>
            <h2 id={`${id}-mine`}>{t('readingLists.mine')}</h2>
            {myLists.length === 0 ? (
              <p className="empty-state">{t('readingLists.mineEmpty')}</p>
            ) : (
              <ReadingListSummaries lists={myLists} labelledBy={`${id}-mine`} showProgress />
            )}
          </section>
        </>
      ) : (
        <p>
          <Trans
            i18nKey="readingLists.visitorHint"
            components={{ signin: <Link to={signInPath(location.pathname)} /> }}
          />
        </p>
      )}
      <section className="reading-lists-section" aria-labelledby={`${id}-network`}>
        <h2 id={`${id}-network`}>{t('readingLists.network')}</h2>
        {others.length === 0 ? (
          <p className="empty-state">{t('readingLists.networkEmpty')}</p>
        ) : (
          <ReadingListSummaries lists={others} labelledBy={`${id}-network`} showProgress={Boolean(viewer)} />
        )}
      </section>
    </>
  );
}

/**
 * « Listes de lecture »: one's own lists (curated or co-edited), then the others one may see; visitors see the public
 * ones. Signed-in members start a new one from here.
 */
export function ReadingListsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  useDocumentTitle(t('readingLists.title'));
  const deleted = deletedTitle(location.state);
  return (
    <div className="reading-lists-page">
      <header className="page-header">
        <h1>{t('readingLists.title')}</h1>
        <p className="lead">{t('readingLists.intro')}</p>
      </header>
      <div role="status">
        {deleted && <p className="notice notice-success">{t('readingLists.deleted', { title: deleted })}</p>}
      </div>
      <Lists />
    </div>
  );
}
