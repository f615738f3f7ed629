import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { CreateThemeMutation, DeleteThemeMutation, ThemesQuery } from '../graphql/admin.documents';
import { ThemesPage } from './themes-page';

const viewerMock = (role: Role) => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: '2',
        slug: 'camille-durand',
        name: 'Camille Durand',
        email: 'camille.durand@example.org',
        role,
        title: null,
        organisation: null,
        expertise: [],
      },
    },
  },
});

const parentalite = {
  __typename: 'Theme',
  id: '1',
  slug: 'parentalite-numerique',
  label: 'Parentalité numérique',
  labelEn: 'Digital parenting',
  description: 'Accompagner les familles.',
};
const robotique = {
  __typename: 'Theme',
  id: '9',
  slug: 'robotique-educative',
  label: 'Robotique éducative',
  labelEn: 'Educational robotics',
  description: null,
};

const themesMock = (themes: object[]) => ({ request: { query: ThemesQuery }, result: { data: { themes } } });

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <ThemesPage />
    </MockedProvider>,
    { route: '/administration/themes' },
  );
}

describe('ThemesPage', () => {
  it('lists the themes in a table with their edit and delete buttons', async () => {
    renderPage([viewerMock('coordinator'), themesMock([parentalite])]);
    const table = await screen.findByRole('table', { name: 'Thèmes du vocabulaire (1)' });
    const row = within(table).getByRole('row', { name: /Parentalité numérique/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Parentalité numérique');
    expect(within(row).getByText('Digital parenting').getAttribute('lang')).toBe('en');
    expect(within(row).getByText('Accompagner les familles.')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Modifier le thème Parentalité numérique' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Supprimer le thème Parentalité numérique' })).toBeTruthy();
  });

  it('creates a theme with createTheme and announces it', async () => {
    const created = jest.fn(() => ({ data: { createTheme: robotique } }));
    renderPage([
      viewerMock('coordinator'),
      themesMock([parentalite]),
      {
        request: {
          query: CreateThemeMutation,
          variables: { input: { label: 'Robotique éducative', labelEn: 'Educational robotics', description: null } },
        },
        result: created,
      },
      themesMock([parentalite, robotique]),
    ]);
    fireEvent.change(await screen.findByLabelText(/^Intitulé(?! en anglais)/), {
      target: { value: ' Robotique éducative ' },
    });
    const english = screen.getByLabelText(/^Intitulé en anglais/);
    expect(english.getAttribute('lang')).toBe('en');
    fireEvent.change(english, { target: { value: 'Educational robotics ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ajouter le thème' }));
    });

    await screen.findByText('Le thème « Robotique éducative » a été ajouté.');
    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Le thème «\u00a0Robotique éducative\u00a0» a été ajouté.');
    expect(await screen.findByRole('rowheader', { name: 'Robotique éducative' })).toBeTruthy();
    expect((screen.getByLabelText(/^Intitulé(?! en anglais)/) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an empty label next to its field without calling the API', async () => {
    renderPage([viewerMock('admin'), themesMock([parentalite])]);
    await screen.findByRole('table');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ajouter le thème' }));
    });
    expect(screen.getByLabelText(/^Intitulé(?! en anglais)/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Le formulaire contient 1 erreur' })).toBeTruthy();
  });

  it('asks for confirmation, then shows the API’s refusal to delete a theme in use as an alert', async () => {
    const message = 'Ce thème ne peut pas être supprimé\u00a0: le thème est utilisé par 3\u00a0ressources.';
    renderPage([
      viewerMock('coordinator'),
      themesMock([parentalite]),
      {
        request: { query: DeleteThemeMutation, variables: { slug: 'parentalite-numerique' } },
        result: { errors: [{ message, extensions: { code: ERROR_CODES.badUserInput } }] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer le thème Parentalité numérique' }));
    expect(
      screen.getByRole('group', {
        name: 'Supprimer définitivement le thème «\u00a0Parentalité numérique\u00a0»\u00a0?',
      }),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirmer la suppression du thème Parentalité numérique' }));
    });

    expect((await screen.findByRole('alert')).textContent).toBe(
      `Le thème «\u00a0Parentalité numérique\u00a0» n’a pas été supprimé\u00a0: ${message}`,
    );
    expect(screen.getByRole('rowheader', { name: 'Parentalité numérique' })).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Supprimer le thème Parentalité numérique' }),
    );
  });

  it('tells a member that the page is for coordinators and admins', async () => {
    renderPage([viewerMock('member')]);
    expect(await screen.findByText('Réservé aux coordinateur·rices et aux administrateur·rices.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
