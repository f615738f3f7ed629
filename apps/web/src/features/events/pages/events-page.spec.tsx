import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { createCache } from '../../../app/apollo-client';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { eventSummary, mediatheque } from '../../../test/fixtures/event.fixtures';
import { EventsQuery } from '../graphql/events.documents';
import { EventsPage, EVENTS_PAGE_SIZE } from './events-page';

const eventsMock = (upcoming: object[], past: object[]) => ({
  request: { query: EventsQuery, variables: { first: EVENTS_PAGE_SIZE } },
  result: { data: { upcoming, past } },
});

function renderPage(mocks: object[], role: Role | null = 'member') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never} cache={createCache()}>
      <EventsPage />
    </MockedProvider>,
    { route: '/evenements' },
  );
}

const meeting = eventSummary('rencontre-education-medias', 'Rencontre du réseau éducation aux médias');
const debate = eventSummary('soiree-ecrans', 'Soirée-débat écrans en famille', {
  kind: 'SOIREE_DEBAT',
  startsAt: '2026-03-12T17:30:00.000Z',
  endsAt: '2026-03-12T19:30:00.000Z',
  place: null,
  organisers: [mediatheque],
  rsvpCounts: { __typename: 'RsvpCounts', yes: 1, no: 0, maybe: 0 },
});

describe('EventsPage', () => {
  it('lists upcoming then past events, each with its kind, when in its own zone, place, organisers and attendance', async () => {
    renderPage([eventsMock([meeting], [debate])]);
    expect(screen.getByRole('heading', { level: 1, name: 'Événements et rencontres' })).toBeTruthy();

    const upcoming = await screen.findByRole('list', { name: 'À venir' });
    const [card] = within(upcoming).getAllByRole('listitem');
    const title = within(card).getByRole('link', { name: 'Rencontre du réseau éducation aux médias' });
    expect(title.getAttribute('href')).toBe('/evenements/rencontre-education-medias');
    expect(title.closest('h3')).toBeTruthy();
    expect([...card.querySelectorAll('.meta-parts > span')].map((part) => part.textContent)).toEqual([
      'Rencontre du réseau',
      'jeudi 10 décembre 2026, 09:30–12:30 (heure de Paris)',
      'Médiathèque Jean-Jacques Rousseau, Chambéry',
      'Organisé par Médiathèque Jean-Jacques Rousseau, Point information jeunesse',
      '3\u00a0participant·e·s',
    ]);

    const past = screen.getByRole('list', { name: 'Passés' });
    expect(
      [...within(past).getAllByRole('listitem')[0].querySelectorAll('.meta-parts > span')].map(
        (part) => part.textContent,
      ),
    ).toEqual([
      'Soirée-débat',
      'jeudi 12 mars 2026, 18:30–20:30 (heure de Paris)',
      'Organisé par Médiathèque Jean-Jacques Rousseau',
      '1\u00a0participant·e',
    ]);

    const feed = screen.getByRole('link', { name: 'S’abonner au calendrier des événements (ICS)' });
    expect(feed.getAttribute('href')).toBe('/evenements/calendrier.ics');
    // A member who is not a coordinator does not create events.
    expect(screen.queryByRole('link', { name: 'Nouvel événement' })).toBeNull();
  });

  it('offers « Nouvel événement » to coordinators and admins', async () => {
    renderPage([eventsMock([meeting], [])], 'coordinator');
    expect((await screen.findByRole('link', { name: 'Nouvel événement' })).getAttribute('href')).toBe(
      '/evenements/nouveau',
    );
  });

  it('says when there is nothing upcoming or past', async () => {
    renderPage([eventsMock([], [])]);
    expect(await screen.findByText('Aucun événement à venir pour l’instant.')).toBeTruthy();
    expect(screen.getByText('Aucun événement passé pour l’instant.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'À venir' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Passés' })).toBeTruthy();
  });

  it('shows visitors the public events and the way to sign in for the others', async () => {
    renderPage([eventsMock([{ ...meeting, visibility: 'PUBLIC' }], [])], null);
    expect(await screen.findByRole('link', { name: 'Rencontre du réseau éducation aux médias' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Connectez-vous' })).getAttribute('href')).toBe(
      '/connexion?retour=%2Fevenements',
    );
    expect(screen.queryByRole('link', { name: 'Nouvel événement' })).toBeNull();
  });

  it('offers to try again when the events could not be loaded', async () => {
    renderPage([
      {
        request: { query: EventsQuery, variables: { first: EVENTS_PAGE_SIZE } },
        error: new Error('Réseau indisponible'),
      },
    ]);
    expect(await screen.findByText('Les événements n’ont pas pu être chargés.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
