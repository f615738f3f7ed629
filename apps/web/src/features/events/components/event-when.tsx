import { useTranslation } from '../../../i18n/use-translation';
import { browserTimeZone } from '../hooks/zoned-time';
import { useEventFormat } from '../hooks/use-event-format';

interface EventWhenProps {
  event: { startsAt: string; endsAt: string; timeZone: string };
  /** Also the times of the browser's zone, when its clocks say something else (the event's page). */
  withLocalTime?: boolean;
}

/**
 * « jeudi 10 décembre 2026, 09:30–12:30 (heure de Paris) »: the times of the place where the event happens, whatever
 * the browser's zone; on the event's page, also « Dans votre fuseau horaire : … » when that zone's clocks differ.
 */
export function EventWhen({ event, withLocalTime = false }: EventWhenProps) {
  const { t } = useTranslation();
  const format = useEventFormat();
  const local = withLocalTime ? browserTimeZone() : null;
  const showLocal =
    local !== null && local !== event.timeZone && format.range(event, local) !== format.range(event, event.timeZone);
  return (
    <>
      <time dateTime={event.startsAt}>{format.when(event, event.timeZone)}</time>
      {showLocal && (
        <span className="event-local-time">
          {t('events.localWhen', { range: format.range(event, local), zone: format.zoneName(local) })}
        </span>
      )}
    </>
  );
}
