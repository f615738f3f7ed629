import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { EventOnPage } from '../hooks/use-event-mutations';
import { useEventFormat } from '../hooks/use-event-format';
import { EventWhen } from './event-when';
import { paths } from '../../../shared/paths';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="details-item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The top of an event's page: its title, kind, when (in its zone, and in the browser's when the clocks differ), where,
 * who organises it and for whom; the ICS file; « Modifier l’événement » for those who may.
 */
export function EventHeader({ event }: { event: EventOnPage }) {
  const { t } = useTranslation();
  const format = useEventFormat();
  return (
    <header className="page-header event-header">
      <p className="breadcrumb">
        <Link to={paths.events}>{t('events.page.backToEvents')}</Link>
      </p>
      <h1>{event.title}</h1>
      <dl className="details-list event-details">
        <Detail term={t('events.page.kind')}>{format.kind(event.kind)}</Detail>
        <Detail term={t('events.page.when')}>
          <span className="event-when">
            <EventWhen event={event} withLocalTime />
          </span>
        </Detail>
        {event.place && <Detail term={t('events.page.place')}>{event.place}</Detail>}
        {event.organisers.length > 0 && (
          <Detail term={t('events.page.organisers')}>
            <ul className="inline-list">
              {event.organisers.map((organisation) => (
                <li key={organisation.id}>{organisation.name}</li>
              ))}
            </ul>
          </Detail>
        )}
        <Detail term={t('events.page.visibility')}>{t(`events.visibility.${event.visibility}`)}</Detail>
      </dl>
      <p className="event-actions">
        {/* Not a router link: the API serves the file. */}
        <a href={event.icsPath}>{t('events.page.ics')}</a>
        {event.viewerCanEdit && (
          <Link to={paths.editEvent(event.slug)} className="button button-secondary">
            {t('events.page.edit')}
          </Link>
        )}
      </p>
    </header>
  );
}
