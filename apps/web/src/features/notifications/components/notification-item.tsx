import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import type { NotificationsQuery } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import type { NotificationSubject } from '../hooks/notification-subject';
import { useLabels } from '../../../i18n/use-labels';

export type NotificationData = NotificationsQuery['notifications']['items'][number];

interface NotificationItemProps {
  notification: NotificationData;
  /** What it is about (see `notificationSubject`). */
  subject: NotificationSubject;
  id: string;
  /** Following the link marks the notification read. */
  onOpen: (notification: NotificationData) => void;
}

/**
 * One notification: « Non lue » (in words, not only in colour) while unread, a sentence by kind linking to the
 * resource or the reading list (at the comment concerned), the excerpt, and when.
 */
export function NotificationItem({ notification, subject, id, onOpen }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const { actor, theme } = notification;
  const themeLabel = useLabels().theme;
  const link = <Link to={subject.path} onClick={() => onOpen(notification)} />;
  return (
    <article className={notification.read ? 'notification' : 'notification is-unread'} id={id} tabIndex={-1}>
      {!notification.read && <p className="unread-marker">{t('notifications.unreadMarker')}</p>}
      <p className="notification-sentence">
        <Trans
          i18nKey={subject.sentence}
          values={{
            name: actor?.name ?? t('notifications.someone'),
            title: subject.title,
            theme: theme ? themeLabel(theme) : '',
          }}
          components={{ resource: link, list: link }}
        />
      </p>
      {notification.excerpt && <p className="notification-excerpt">{notification.excerpt}</p>}
      <p className="notification-meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, currentLanguage(i18n))}</time>
      </p>
    </article>
  );
}
