import type { EventKind, EventVisibility, RsvpAnswer } from '../../../generated/graphql';

/** The kinds, in the order the form offers them. */
export const EVENT_KINDS: readonly EventKind[] = [
  'RENCONTRE_RESEAU',
  'FORMATION',
  'ATELIER',
  'SOIREE_DEBAT',
  'EVENEMENT',
];

export const EVENT_VISIBILITIES: readonly EventVisibility[] = ['PUBLIC', 'NETWORK'];

/** The answers, in the order the radio buttons and the counts show them. */
export const RSVP_ANSWERS: readonly RsvpAnswer[] = ['YES', 'NO', 'MAYBE'];

/** Where the network meets: the API takes any IANA zone, the form offers these (Paris first, the default). */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'America/Montreal',
  'Indian/Reunion',
  'America/Guadeloupe',
  'Pacific/Noumea',
] as const;

export type KnownTimeZone = (typeof TIME_ZONES)[number];

export const isKnownZone = (zone: string): zone is KnownTimeZone => (TIME_ZONES as readonly string[]).includes(zone);

export const isEventKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value);
export const isEventVisibility = (value: string): value is EventVisibility =>
  (EVENT_VISIBILITIES as readonly string[]).includes(value);
