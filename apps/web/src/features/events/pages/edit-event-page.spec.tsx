import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { event, mediatheque, pij } from '../../../test/fixtures/event.fixtures';
import {
  AttachableReadingListsQuery,
  DeleteEventMutation,
  EventFormOptionsQuery,
  EventQuery,
  EventsQuery,
  UpdateEventMutation,
} from '../graphql/events.documents';
import { EditEventPage } from './edit-event-page';
import { EventPage } from './event-page';
import { EVENTS_PAGE_SIZE, EventsPage } from './events-page';

const SLUG = 'rencontre-education-medias';
const editable = event({ viewerCanEdit: true, organisers: [mediatheque] });
const optionsMock = {
  request: { query: EventFormOptionsQuery },
  result: { data: { organisations: [mediatheque, pij] } },
};
const eventMock = (value: object) => ({
  request: { query: EventQuery, variables: { slug: SLUG } },
  result: { data: { event: value } },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider
      mocks={[viewerMock('coordinator'), eventMock(editable), optionsMock, ...mocks] as never}
      cache={createCache()}
    >
      <Routes>
        <Route path="/evenements" element={<EventsPage />} />
        <Route path="/evenements/:slug" element={<EventPage slots={{ addResources: () => null }} />} />
        <Route path="/evenements/:slug/modifier" element={<EditEventPage />} />
      </Routes>
    </MockedProvider>,
    { route: `/evenements/${SLUG}/modifier` },
  );
}

describe('EditEventPage', () => {
  beforeAll(() => {
    // jsdom has <dialog> without close(): the confirmation closes as a browser would close it.
    if (typeof HTMLDialogElement.prototype.close !== 'function') {
      HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
        this.removeAttribute('open');
      };
    }
  });

  it('shows the times on the clocks of the event’s zone and comes back to the event, which says it is saved', async () => {
    const input = {
      kind: 'RENCONTRE_RESEAU',
      title: 'Rencontre du réseau éducation aux médias',
      startsAt: '2026-12-10T08:30:00.000Z',
      // 13:00 instead of 12:30, Paris time.
      endsAt: '2026-12-10T12:00:00.000Z',
      timeZone: 'Europe/Paris',
      place: 'Médiathèque Jean-Jacques Rousseau, Chambéry',
      description: 'Une matinée pour partager nos pratiques.\nAvec un café.',
      agenda: '9 h 30 : accueil\n10 h : ateliers',
      visibility: 'NETWORK',
      organiserSlugs: ['mediatheque-chambery'],
    };
    const saved = { ...editable, endsAt: input.endsAt };
    renderPage([
      {
        request: { query: UpdateEventMutation, variables: { slug: SLUG, input } },
        result: { data: { updateEvent: saved } },
      },
      eventMock(saved),
      // The event's page offers its editor to attach a reading list.
      { request: { query: AttachableReadingListsQuery }, result: { data: { readingLists: [] } } },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Modifier l’événement' })).toBeTruthy();
    const start = (await screen.findByLabelText('Début (obligatoire)')) as HTMLInputElement;
    expect(start.value).toBe('2026-12-10T09:30');
    const end = screen.getByLabelText('Fin (obligatoire)') as HTMLInputElement;
    expect(end.value).toBe('2026-12-10T12:30');
    expect(
      (screen.getByRole('checkbox', { name: 'Médiathèque Jean-Jacques Rousseau' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.change(end, { target: { value: '2026-12-10T13:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('L’événement est enregistré.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Rencontre du réseau éducation aux médias' })).toBeTruthy();
  });

  it('deletes the event after a confirmation and says so on « Événements et rencontres »', async () => {
    renderPage([
      { request: { query: DeleteEventMutation, variables: { slug: SLUG } }, result: { data: { deleteEvent: true } } },
      {
        request: { query: EventsQuery, variables: { first: EVENTS_PAGE_SIZE } },
        result: { data: { upcoming: [], past: [] } },
      },
    ]);
    const zone = await screen.findByRole('region', { name: 'Supprimer l’événement' });
    fireEvent.click(within(zone).getByRole('button', { name: 'Supprimer l’événement' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer cet événement\u202f?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));
    expect(
      await screen.findByText('L’événement « Rencontre du réseau éducation aux médias » a été supprimé.'),
    ).toBeTruthy();
  });
});
