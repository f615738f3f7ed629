// Answers of the API for the events' unit tests, shaped as the documents ask (with __typename, as the cache needs them).
import type { EventKind, EventVisibility, RsvpAnswer } from '../../generated/graphql';

export const organisation = (slug: string, name: string) => ({ __typename: 'Organisation' as const, id: `o-${slug}`, slug, name });
export const member = (slug: string, name: string) => ({ __typename: 'Member' as const, id: `m-${slug}`, slug, name });

export const mediatheque = organisation('mediatheque-chambery', 'Médiathèque Jean-Jacques Rousseau');
export const pij = organisation('pij-chambery', 'Point information jeunesse');

export const eventSummary = (slug: string, title: string, overrides: object = {}) => ({
  __typename: 'Event' as const,
  id: `e-${slug}`,
  slug,
  kind: 'RENCONTRE_RESEAU' as EventKind,
  title,
  startsAt: '2026-12-10T08:30:00.000Z',
  endsAt: '2026-12-10T11:30:00.000Z',
  timeZone: 'Europe/Paris',
  place: 'Médiathèque Jean-Jacques Rousseau, Chambéry' as string | null,
  visibility: 'NETWORK' as EventVisibility,
  organisers: [mediatheque, pij],
  rsvpCounts: { __typename: 'RsvpCounts' as const, yes: 3, no: 2, maybe: 1 },
  ...overrides,
});

/** An event as named elsewhere (« Discuté lors de », « Pour : »): a morning in Paris unless told. */
export const eventLink = (slug: string, title: string, overrides: { startsAt?: string; timeZone?: string } = {}) => ({
  __typename: 'EventLink' as const,
  slug,
  title,
  startsAt: '2026-12-10T08:30:00.000Z',
  timeZone: 'Europe/Paris',
  ...overrides,
});

export const readingListSummary = (slug: string, title: string, overrides: object = {}) => ({
  __typename: 'ReadingListSummary' as const,
  slug,
  title,
  itemCount: 12,
  viewerRead: 7,
  ...overrides,
});

export const participant = (answer: RsvpAnswer, slug: string, name: string) => ({
  __typename: 'EventParticipant' as const,
  answer,
  member: member(slug, name),
});

export const event = (overrides: object = {}) => ({
  ...eventSummary('rencontre-education-medias', 'Rencontre du réseau éducation aux médias'),
  description: 'Une matinée pour partager nos pratiques.\nAvec un café.',
  agenda: '9 h 30 : accueil\n10 h : ateliers',
  icsPath: '/evenements/rencontre-education-medias.ics',
  viewerCanEdit: false,
  viewerRsvp: null as RsvpAnswer | null,
  participants: [
    participant('YES', 'claire-mounier', 'Claire Mounier'),
    participant('YES', 'yanis-benali', 'Yanis Benali'),
    participant('MAYBE', 'lea-martin', 'Léa Martin'),
  ],
  readingLists: [readingListSummary('rencontre-ecrans', 'Rencontre écrans de mars')],
  minutesHtml: '',
  minutesMarkdown: '',
  discussedResources: [] as { __typename: 'ResourceLink'; slug: string; title: string }[],
  ...overrides,
});
