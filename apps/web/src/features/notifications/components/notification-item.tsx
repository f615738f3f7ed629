import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../common/format-date';
import type { NotificationsQuery } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { resourcePath } from '../../comments/hooks/comment-anchor';

export type NotificationData = NotificationsQuery['notifications']['items'][number];

interface NotificationItemProps {
  notification: NotificationData;
  id: string;
  /** Following the link marks the notification read. */
  onOpen: (notification: NotificationData) => void;
}

/**
 * One notification: « Non lue » (in words, not only in colour) while unread, a sentence by kind linking to the
 * resource (at the comment concerned), the excerpt, and when.
 */
export function NotificationItem({ notification, id, onOpen }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const { actor, resource, theme } = notification;
  return (
    <article className={notification.read ? 'notification' : 'notification is-unread'} id={id} tabIndex={-1}>
      {!notification.read && <p className="unread-marker">{t('notifications.unreadMarker')}</p>}
      <p className="notification-sentence">
        <Trans
          i18nKey={`notifications.kinds.${notification.kind}`}
          values={{ name: actor?.name ?? t('notifications.someone'), title: resource.title, theme: theme?.label ?? '' }}
          components={{ resource: <Link to={resourcePath(resource.slug, notification.commentId)} onClick={() => onOpen(notification)} /> }}
        />
      </p>
      {notification.excerpt && <p className="notification-excerpt">{notification.excerpt}</p>}
      <p className="notification-meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, currentLanguage(i18n))}</time>
      </p>
    </article>
  );
}
