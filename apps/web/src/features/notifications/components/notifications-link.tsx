import { useTranslation } from '../../../i18n/use-translation';
import { NavLink } from 'react-router';
import { useUnreadNotificationCount } from '../hooks/use-notifications';

/**
 * « Notifications » in the header, with the unread count as a badge followed by hidden words, so that assistive
 * technologies hear « Notifications 3 non lues »: the visible text starts the accessible name (WCAG 2.5.3).
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useUnreadNotificationCount({ poll: true }) ?? 0;
  return (
    <NavLink to="/notifications" className="notifications-link">
      {t('notifications.link')}
      {unread > 0 && (
        <>
          {' '}
          <span className="badge">{unread > 99 ? '99+' : unread}</span>
          <span className="visually-hidden">{t('notifications.unreadSuffix', { count: unread })}</span>
        </>
      )}
    </NavLink>
  );
}
