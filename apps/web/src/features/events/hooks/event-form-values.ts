import type { EventInput } from '../../../generated/graphql';
import { DEFAULT_TIME_ZONE, isEventKind, isEventVisibility } from './event-options';
import type { EventOnPage } from './use-event-mutations';
import { instantToLocal, localToInstant } from './zoned-time';

/** What the form holds: start and end as `datetime-local` values, read in `timeZone`. */
export type EventFormValues = {
  kind: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  description: string;
  agenda: string;
  visibility: string;
  organiserSlugs: string[];
};

/** The fields in the order the form shows them; the API names its issues the same way. */
export const EVENT_FORM_FIELDS = [
  'kind',
  'title',
  'startsAt',
  'endsAt',
  'timeZone',
  'place',
  'description',
  'agenda',
  'visibility',
  'organiserSlugs',
] as const;

export const emptyEventValues = (): EventFormValues => ({
  kind: 'RENCONTRE_RESEAU',
  title: '',
  startsAt: '',
  endsAt: '',
  timeZone: DEFAULT_TIME_ZONE,
  place: '',
  description: '',
  agenda: '',
  visibility: 'NETWORK',
  organiserSlugs: [],
});

/** An event as the form shows it: its times on the clocks of its own zone. */
export const eventFormValues = (event: EventOnPage): EventFormValues => ({
  kind: event.kind,
  title: event.title,
  startsAt: instantToLocal(event.startsAt, event.timeZone),
  endsAt: instantToLocal(event.endsAt, event.timeZone),
  timeZone: event.timeZone,
  place: event.place ?? '',
  description: event.description,
  agenda: event.agenda,
  visibility: event.visibility,
  organiserSlugs: event.organisers.map((organisation) => organisation.slug),
});

/** What the API takes; start and end become instants read in the chosen zone (the form checked they are dates). */
export const toEventInput = (values: EventFormValues): EventInput => ({
  kind: isEventKind(values.kind) ? values.kind : 'RENCONTRE_RESEAU',
  title: values.title.trim(),
  startsAt: localToInstant(values.startsAt, values.timeZone) ?? values.startsAt,
  endsAt: localToInstant(values.endsAt, values.timeZone) ?? values.endsAt,
  timeZone: values.timeZone,
  place: values.place.trim() || null,
  description: values.description.trim(),
  agenda: values.agenda.trim(),
  visibility: isEventVisibility(values.visibility) ? values.visibility : 'NETWORK',
  organiserSlugs: values.organiserSlugs,
});
