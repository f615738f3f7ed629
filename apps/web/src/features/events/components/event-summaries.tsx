import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import type { EventSummaryFieldsFragment } from '../../../generated/graphql';
import { useEventFormat } from '../hooks/use-event-format';
import { EventWhen } from './event-when';
import { paths } from '../../../shared/paths';

interface EventSummariesProps {
  events: readonly EventSummaryFieldsFragment[];
  /** The id of the heading that names the list (« À venir », « Passés »). */
  labelledBy: string;
}

/** Events as cards: title (a link to the event), then kind, when, where, who organises and how many come. */
export function EventSummaries({ events, labelledBy }: EventSummariesProps) {
  const { t } = useTranslation();
  const format = useEventFormat();
  return (
    <ul className="event-summaries" aria-labelledby={labelledBy}>
      {events.map((event) => (
        <li key={event.id} className="event-summary">
          <h3>
            <Link to={paths.event(event.slug)}>{event.title}</Link>
          </h3>
          <p className="meta-parts">
            <span className="event-kind">{format.kind(event.kind)}</span>
            <span>
              <EventWhen event={event} />
            </span>
            {event.place && <span>{event.place}</span>}
            {event.organisers.length > 0 && (
              <span>
                {t('events.organisedBy', {
                  names: event.organisers.map((organisation) => organisation.name).join(t('common.listSeparator')),
                })}
              </span>
            )}
            <span>{t('events.participants', { count: event.rsvpCounts.yes })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
