import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { errorMessage } from '../../../shared/graphql-errors';
import { LoadMore } from '../../../shared/ui/load-more';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { NotificationItem, type NotificationData } from '../components/notification-item';
import { NotificationsQuery } from '../graphql/notifications.documents';
import { notificationSubject } from '../hooks/notification-subject';
import {
  NOTIFICATIONS_PAGE_SIZE,
  useMarkNotificationsRead,
  useUnreadNotificationCount,
} from '../hooks/use-notifications';

function Notifications() {
  const { t } = useTranslation();
  const id = useId();
  const itemId = (item: { id: string }) => `${id}-${item.id}`;
  const { data, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const unread = useUnreadNotificationCount({ refresh: true });
  const [markRead, { loading: marking }] = useMarkNotificationsRead();
  const [notice, setNotice] = useState('');
  const [markError, setMarkError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const page = data?.notifications;

  if (error && !page) return <LoadError text={t('notifications.error')} onRetry={() => void refetch()} />;
  if (!page) return <LoadingMessage text={t('common.loading')} />;
  if (page.items.length === 0) return <p className="empty-state">{t('notifications.empty')}</p>;

  const unreadCount = unread ?? page.unreadCount;
  const markAll = async () => {
    if (marking) return;
    setNotice('');
    setMarkError(null);
    try {
      await markRead({ variables: {} });
      setNotice(t('notifications.markedAll'));
      // The button goes with the last unread notification: the focus stays on what it did.
      statusRef.current?.focus();
    } catch (caught) {
      setMarkError(t('notifications.markError', { message: errorMessage(caught) }));
    }
  };
  // The page is left for the resource or the list: the mutation goes on, its failure only leaves the notification unread.
  const open = (notification: NotificationData) => {
    if (!notification.read) markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
  };
  const loadMore = async () => {
    const { data: more } = await fetchMore({
      variables: { first: NOTIFICATIONS_PAGE_SIZE, after: page.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          items: [...previous.notifications.items, ...fetchMoreResult.notifications.items],
        },
      }),
    });
    const added = (more?.notifications.items ?? []).filter((item) => notificationSubject(item) !== null);
    return { count: added.length, firstId: added.length > 0 ? itemId(added[0]) : null };
  };

  return (
    <>
      <div className="notifications-toolbar">
        <p role="status" className="notifications-count" ref={statusRef} tabIndex={-1}>
          {notice || t('notifications.unreadStatus', { count: unreadCount })}
        </p>
        {unreadCount > 0 && (
          <button
            type="button"
            className="button button-secondary"
            aria-busy={marking || undefined}
            onClick={() => void markAll()}
          >
            {marking ? t('notifications.marking') : t('notifications.markAll')}
          </button>
        )}
      </div>
      {markError && (
        <p className="notice notice-error" role="alert">
          {markError}
        </p>
      )}
      <ol className="feed-list" aria-label={t('notifications.listLabel')}>
        {page.items.map((notification) => {
          const subject = notificationSubject(notification);
          return (
            subject && (
              <li key={notification.id}>
                <NotificationItem
                  notification={notification}
                  subject={subject}
                  id={itemId(notification)}
                  onOpen={open}
                />
              </li>
            )
          );
        })}
      </ol>
      <LoadMore
        hasMore={page.hasMore}
        label={t('notifications.more')}
        loadingLabel={t('notifications.loadingMore')}
        onLoadMore={loadMore}
        announce={(count) => t('notifications.loadedMore', { count })}
        errorText={(message) => t('notifications.moreError', { message })}
      />
    </>
  );
}

/** The signed-in person’s notifications, newest first; unread ones say so, following one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  return (
    <div className="notifications-page">
      <h1>{t('notifications.title')}</h1>
      <RequireViewer>{() => <Notifications />}</RequireViewer>
    </div>
  );
}
