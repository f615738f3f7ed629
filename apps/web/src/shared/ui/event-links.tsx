import { useId } from 'react';
import { Trans } from '../../i18n/trans';
import { useTranslation } from '../../i18n/use-translation';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import { formatEventDay } from '../event-dates';
import { paths } from '../paths';

/** What the API says of an event elsewhere: enough to name it, link to it and say its day. */
export interface EventLink {
  slug: string;
  title: string;
  startsAt: string;
  /** IANA zone the event's times are given in: its day is the one people there see on their calendar. */
  timeZone: string;
}

/** « Discuté lors de » on a resource's page: the events whose minutes link to it, with their day (in their zone). */
export function DiscussedAt({ events }: { events: readonly EventLink[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  if (events.length === 0) return null;
  return (
    <section className="discussed-at" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('resource.discussedAt')}</h2>
      <ul className="plain-list" aria-labelledby={headingId}>
        {events.map((event) => (
          <li key={event.slug}>
            <Link to={paths.event(event.slug)}>{event.title}</Link>,{' '}
            <time dateTime={event.startsAt}>{formatEventDay(event.startsAt, event.timeZone, language)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * « Pour : Rencontre du réseau éducation aux médias, jeudi 10 décembre 2026 » under a reading list's title, the day
 * being the meeting's own, in its zone (a morning meeting in Nouméa is still the evening before in Paris).
 */
export function ListMeetings({ meetings }: { meetings: readonly EventLink[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <>
      {meetings.map((meeting) => (
        <p key={meeting.slug} className="reading-list-meeting">
          {t('readingLists.page.meetingsFor')}{' '}
          <Trans
            i18nKey="readingLists.page.meeting"
            values={{ title: meeting.title, date: formatEventDay(meeting.startsAt, meeting.timeZone, language) }}
            components={{ event: <Link to={paths.event(meeting.slug)} /> }}
          />
        </p>
      ))}
    </>
  );
}
