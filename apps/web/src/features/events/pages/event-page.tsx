import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLocation, useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { EventHeader } from '../components/event-header';
import { EventNotFound } from '../components/event-not-found';
import { EventReadingLists, type EventSlots } from '../components/event-reading-lists';
import { MinutesSection } from '../components/minutes-section';
import { RsvpSection } from '../components/rsvp-section';
import { EventQuery } from '../graphql/events.documents';

/** The edit page says it saved the event when it comes back here. */
const savedState = (state: unknown) => Boolean((state as { saved?: unknown } | null)?.saved);

/**
 * An event: when, where, who organises it, its presentation and programme, the ICS file, the RSVP, the reading lists to
 * prepare it and, afterwards, its minutes. Those who may edit it attach lists and write the minutes here.
 */
export function EventPage({ slots }: { slots: EventSlots }) {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const id = useId();
  // Asked again on each visit: answers and minutes change meanwhile.
  const { data, error, refetch } = useQuery(EventQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const [saved] = useState(() => savedState(location.state));
  const event = data?.event;
  const notFound = isNotFound(error);
  useDocumentTitle(event?.title ?? (notFound ? t('events.page.notFoundTitle') : undefined));

  if (notFound) return <EventNotFound />;
  if (error && !event) return <LoadError text={t('events.page.error')} onRetry={() => void refetch()} />;
  if (!event) return <LoadingMessage text={t('events.page.loading')} />;

  return (
    <article className="event">
      <EventHeader event={event} />
      <div role="status">{saved && <p className="notice notice-success">{t('events.page.saved')}</p>}</div>
      {event.description && (
        <section aria-labelledby={`${id}-description`}>
          <h2 id={`${id}-description`}>{t('events.page.description')}</h2>
          {/* Plain text: line breaks are kept by CSS (white-space: pre-line), nothing is parsed as HTML. */}
          <div className="event-text">{event.description}</div>
        </section>
      )}
      {event.agenda && (
        <section aria-labelledby={`${id}-agenda`}>
          <h2 id={`${id}-agenda`}>{t('events.page.agenda')}</h2>
          <div className="event-text">{event.agenda}</div>
        </section>
      )}
      <RsvpSection event={event} />
      <EventReadingLists event={event} slots={slots} />
      <MinutesSection event={event} />
    </article>
  );
}
