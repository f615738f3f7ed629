import { useTranslation } from '../../../i18n/use-translation';
import type { EventKind } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { formatEventDay, formatEventRange } from '../../../shared/event-dates';
import { isKnownZone, type KnownTimeZone } from './event-options';

/** The keys of the zones the form offers, in the translations (« heure de Paris », « Paris »). */
const ZONE_KEYS: Record<
  KnownTimeZone,
  'paris' | 'brussels' | 'zurich' | 'montreal' | 'reunion' | 'guadeloupe' | 'noumea'
> = {
  'Europe/Paris': 'paris',
  'Europe/Brussels': 'brussels',
  'Europe/Zurich': 'zurich',
  'America/Montreal': 'montreal',
  'Indian/Reunion': 'reunion',
  'America/Guadeloupe': 'guadeloupe',
  'Pacific/Noumea': 'noumea',
};

/** « America/New_York » → « New York »; « UTC » stays as it is. */
const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

/** How the events' pages say when, where and what, in the interface language. */
export function useEventFormat() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);

  /** « heure de Paris »; « heure de New York » for a zone the form does not offer; « UTC ». */
  const zoneName = (zone: string): string => {
    if (isKnownZone(zone)) return t(`events.zones.${ZONE_KEYS[zone]}`);
    return zone.includes('/') ? t('events.zoneOf', { city: cityOf(zone) }) : zone;
  };

  /** « Paris (Europe/Paris) », for the form's select. */
  const zoneOption = (zone: string): string =>
    t('events.form.zoneOption', {
      city: isKnownZone(zone) ? t(`events.cities.${ZONE_KEYS[zone]}`) : cityOf(zone),
      zone,
    });

  return {
    language,
    zoneName,
    zoneOption,
    kind: (kind: EventKind) => t(`events.kinds.${kind}`),
    /** « jeudi 10 décembre 2026, 09:30–12:30 (heure de Paris) ». */
    when: (event: { startsAt: string; endsAt: string }, timeZone: string) =>
      t('events.when', {
        range: formatEventRange(event.startsAt, event.endsAt, timeZone, language),
        zone: zoneName(timeZone),
      }),
    /** The clock times alone, to compare two zones. */
    range: (event: { startsAt: string; endsAt: string }, timeZone: string) =>
      formatEventRange(event.startsAt, event.endsAt, timeZone, language),
    /** « jeudi 10 décembre 2026 ». */
    day: (startsAt: string, timeZone: string) => formatEventDay(startsAt, timeZone, language),
  };
}
