import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { signInPath } from '../../../shared/viewer/return-path';
import { canOrganiseEvents, useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { EventSummaries } from '../components/event-summaries';
import { EventsQuery } from '../graphql/events.documents';
import { paths } from '../../../shared/paths';

/** How many events of each period the page shows (the API gives no more than 100). */
export const EVENTS_PAGE_SIZE = 50;

/** What the edit page left after deleting an event says here. */
const deletedTitle = (state: unknown): string | null => {
  const title = (state as { deletedTitle?: unknown } | null)?.deletedTitle;
  return typeof title === 'string' ? title : null;
};

function EventLists() {
  const { t } = useTranslation();
  const id = useId();
  // Asked again on each visit: answers and new events come meanwhile.
  const { data, error, refetch } = useQuery(EventsQuery, {
    variables: { first: EVENTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadError text={t('events.loadError')} onRetry={() => void refetch()} />;
  if (!data) return <LoadingMessage text={t('events.loading')} />;
  const periods = [
    { key: 'upcoming', title: t('events.upcoming'), empty: t('events.upcomingEmpty'), events: data.upcoming },
    { key: 'past', title: t('events.past'), empty: t('events.pastEmpty'), events: data.past },
  ];
  return (
    <>
      {periods.map((period) => (
        <section key={period.key} className="events-section" aria-labelledby={`${id}-${period.key}`}>
          <h2 id={`${id}-${period.key}`}>{period.title}</h2>
          {period.events.length === 0 ? (
            <p className="empty-state">{period.empty}</p>
          ) : (
            <EventSummaries events={period.events} labelledBy={`${id}-${period.key}`} />
          )}
        </section>
      ))}
    </>
  );
}

/**
 * « Événements et rencontres »: upcoming events soonest first, then past ones latest first; the public calendar to
 * subscribe to; « Nouvel événement » for coordinators and admins. Visitors see the public events.
 */
export function EventsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  useDocumentTitle(t('events.title'));
  const deleted = deletedTitle(location.state);
  return (
    <div className="events-page">
      <header className="page-header">
        <h1>{t('events.title')}</h1>
        <p className="lead">{t('events.intro')}</p>
        <div className="calendar-feed">
          {/* Not a router link: the API serves the file. */}
          <a href={paths.calendarFeed}>{t('events.calendarLink')}</a>
          <p className="field-hint">{t('events.calendarHint')}</p>
        </div>
      </header>
      <div role="status">
        {deleted && <p className="notice notice-success">{t('events.deleted', { title: deleted })}</p>}
      </div>
      {canOrganiseEvents(viewer?.role) && (
        <p>
          <Link to={paths.newEvent} className="button">
            {t('events.newEvent')}
          </Link>
        </p>
      )}
      {viewer === null && (
        <p>
          <Trans i18nKey="events.visitorHint" components={{ signin: <Link to={signInPath(location.pathname)} /> }} />
        </p>
      )}
      <EventLists />
    </div>
  );
}
