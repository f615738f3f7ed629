import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { LoadMore } from '../../../shared/ui/load-more';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { NewsItem } from '../components/news-item';
import { NewsFeedQuery } from '../graphql/news.documents';

/** How many items a page of news holds (the API's default). */
export const NEWS_PAGE_SIZE = 30;

function NewsFeed() {
  const { t } = useTranslation();
  const id = useId();
  const itemId = (item: { id: string }) => `${id}-${item.id}`;
  // Asked again on each visit: the news are the point of the page.
  const { data, error, refetch, fetchMore } = useQuery(NewsFeedQuery, {
    variables: { first: NEWS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const feed = data?.newsFeed;

  if (error && !feed) return <LoadError text={t('news.error')} onRetry={() => void refetch()} />;
  if (!feed) return <LoadingMessage text={t('common.loading')} />;
  if (feed.followCount === 0) {
    return (
      <div className="empty-state">
        <p>{t('news.noFollows')}</p>
        <p>
          <Link to="/suivis" className="button">
            {t('news.noFollowsLink')}
          </Link>
        </p>
      </div>
    );
  }
  if (feed.items.length === 0) return <p className="empty-state">{t('news.empty')}</p>;

  const loadMore = async () => {
    const { data: more } = await fetchMore({
      variables: { first: NEWS_PAGE_SIZE, after: feed.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        newsFeed: {
          ...fetchMoreResult.newsFeed,
          items: [...previous.newsFeed.items, ...fetchMoreResult.newsFeed.items],
        },
      }),
    });
    const added = more?.newsFeed.items ?? [];
    return { count: added.length, firstId: added.length > 0 ? itemId(added[0]) : null };
  };

  return (
    <>
      <ol className="feed-list" aria-label={t('news.listLabel')}>
        {feed.items.map((item) => (
          <li key={item.id}>
            <NewsItem item={item} id={itemId(item)} />
          </li>
        ))}
      </ol>
      <LoadMore
        hasMore={feed.hasMore}
        label={t('news.more')}
        loadingLabel={t('news.loadingMore')}
        onLoadMore={loadMore}
        announce={(count) => t('news.loadedMore', { count })}
        errorText={(message) => t('news.moreError', { message })}
      />
    </>
  );
}

/** « Quoi de neuf »: what the themes, organisations and members one follows have published lately. */
export function NewsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('news.title'));
  return (
    <div className="news-page">
      <header className="page-header">
        <h1>{t('news.title')}</h1>
        <p className="lead">{t('news.intro')}</p>
      </header>
      <RequireViewer>
        {() => (
          <>
            <p>
              <Link to="/suivis">{t('news.manage')}</Link>
            </p>
            <NewsFeed />
          </>
        )}
      </RequireViewer>
    </div>
  );
}
