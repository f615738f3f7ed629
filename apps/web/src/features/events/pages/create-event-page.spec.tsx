import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { event, mediatheque, pij } from '../../../test/fixtures/event.fixtures';
import { CreateEventMutation, EventFormOptionsQuery } from '../graphql/events.documents';
import { CreateEventPage } from './create-event-page';

const optionsMock = {
  request: { query: EventFormOptionsQuery },
  result: { data: { organisations: [mediatheque, pij] } },
};

const input = {
  kind: 'SOIREE_DEBAT',
  title: 'Soirée-débat écrans en famille',
  // 18:30 and 20:30 in Nouméa (UTC+11).
  startsAt: '2026-12-10T07:30:00.000Z',
  endsAt: '2026-12-10T09:30:00.000Z',
  timeZone: 'Pacific/Noumea',
  place: 'Médiathèque de Nouméa',
  description: 'Parents et enfants.',
  agenda: '',
  visibility: 'PUBLIC',
  organiserSlugs: ['pij-chambery'],
};

function renderPage(mocks: object[], role: Role = 'coordinator') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), optionsMock, ...mocks] as never} cache={createCache()}>
      <Routes>
        <Route path="/evenements/nouveau" element={<CreateEventPage />} />
        <Route path="/evenements/:slug" element={<p>Page de l’événement</p>} />
      </Routes>
    </MockedProvider>,
    { route: '/evenements/nouveau' },
  );
}

const fill = async () => {
  fireEvent.change(await screen.findByRole('combobox', { name: 'Type d’événement (obligatoire)' }), {
    target: { value: input.kind },
  });
  fireEvent.change(screen.getByRole('textbox', { name: 'Titre (obligatoire)' }), { target: { value: input.title } });
  fireEvent.change(screen.getByLabelText('Début (obligatoire)'), { target: { value: '2026-12-10T18:30' } });
  fireEvent.change(screen.getByLabelText('Fin (obligatoire)'), { target: { value: '2026-12-10T20:30' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Fuseau horaire (obligatoire)' }), {
    target: { value: input.timeZone },
  });
  fireEvent.change(screen.getByRole('textbox', { name: 'Lieu' }), { target: { value: input.place } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Présentation' }), { target: { value: input.description } });
  fireEvent.click(screen.getByRole('radio', { name: 'Publique' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Point information jeunesse' }));
};

describe('CreateEventPage', () => {
  it('reads start and end in the chosen time zone and opens the new event once created', async () => {
    renderPage([
      {
        request: { query: CreateEventMutation, variables: { input } },
        result: { data: { createEvent: event({ slug: 'soiree-ecrans', title: input.title }) } },
      },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Nouvel événement' })).toBeTruthy();
    const zone = (await screen.findByRole('combobox', { name: 'Fuseau horaire (obligatoire)' })) as HTMLSelectElement;
    expect(zone.value).toBe('Europe/Paris');
    expect([...zone.options].map((option) => option.textContent)).toEqual([
      'Paris (Europe/Paris)',
      'Bruxelles (Europe/Brussels)',
      'Zurich (Europe/Zurich)',
      'Montréal (America/Montreal)',
      'La Réunion (Indian/Reunion)',
      'Guadeloupe (America/Guadeloupe)',
      'Nouméa (Pacific/Noumea)',
    ]);
    expect((screen.getByRole('radio', { name: 'Réseau (membres connectés)' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Début (obligatoire)').getAttribute('type')).toBe('datetime-local');
    expect(screen.getByRole('group', { name: 'Structures organisatrices' })).toBeTruthy();
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer l’événement' }));
    expect(await screen.findByText('Page de l’événement')).toBeTruthy();
  });

  it('shows the API’s field issues next to their fields, and in the summary', async () => {
    renderPage([
      {
        request: { query: CreateEventMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'Données invalides',
              extensions: {
                code: ERROR_CODES.badUserInput,
                issues: [
                  { field: 'endsAt', rule: 'notBefore', message: 'Ne peut pas précéder le début.' },
                  { field: 'place', rule: 'maxLength', message: '300 caractères au maximum.' },
                ],
              },
            },
          ],
        },
      },
    ]);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer l’événement' }));
    const endError = await screen.findByText('Ne peut pas précéder le début.', { selector: '.field-error' });
    const end = screen.getByLabelText('Fin (obligatoire)');
    expect(end.getAttribute('aria-describedby')).toContain(endError.id);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    const placeError = screen.getByText('300 caractères au maximum.', { selector: '.field-error' });
    expect(screen.getByRole('textbox', { name: 'Lieu' }).getAttribute('aria-describedby')).toContain(placeError.id);

    const summary = screen.getByRole('region', { name: 'Le formulaire contient 2 erreurs' });
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Fin\u00a0: ne peut pas précéder le début.', 'Lieu\u00a0: 300 caractères au maximum.']);
    expect(
      within(summary).getByRole('link', { name: 'Fin\u00a0: ne peut pas précéder le début.' }).getAttribute('href'),
    ).toBe(`#${end.id}`);
  });

  it('asks for a title, a start and an end before sending anything', async () => {
    renderPage([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer l’événement' }));
    expect(await screen.findAllByText('Ce champ est obligatoire.', { selector: '.field-error' })).toHaveLength(3);
    expect(screen.getByRole('textbox', { name: 'Titre (obligatoire)' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Début (obligatoire)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Fin (obligatoire)').getAttribute('aria-invalid')).toBe('true');
  });

  it('tells a member that only coordinators and admins create events', async () => {
    renderPage([], 'member');
    expect(
      await screen.findByText(
        'Seul·es les coordinateur·rices et les administrateur·rices créent et modifient les événements.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Créer l’événement' })).toBeNull();
  });
});
