import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { CreateReadingListMutation } from '../graphql/reading-lists.documents';
import { readingList } from '../../../test/fixtures/reading-list.fixtures';
import { CreateReadingListPage } from './create-reading-list-page';

const input = { title: 'Rencontre de mars', intro: 'Pour la rencontre du 12.', visibility: 'draft' };

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(), ...mocks] as never} cache={createCache()}>
      <Routes>
        <Route path="/listes/nouvelle" element={<CreateReadingListPage />} />
        <Route path="/listes/:slug" element={<p>Page de la liste</p>} />
      </Routes>
    </MockedProvider>,
    { route: '/listes/nouvelle' },
  );
}

const fill = async () => {
  fireEvent.change(await screen.findByRole('textbox', { name: 'Titre (obligatoire)' }), {
    target: { value: input.title },
  });
  fireEvent.change(screen.getByRole('textbox', { name: 'Introduction' }), { target: { value: input.intro } });
  fireEvent.click(screen.getByRole('radio', { name: 'Privée (vous et vos collaborateur·rices)' }));
};

describe('CreateReadingListPage', () => {
  it('offers the three visibilities, network by default, and opens the new list once created', async () => {
    renderPage([
      {
        request: { query: CreateReadingListMutation, variables: { input } },
        result: {
          data: {
            createReadingList: readingList({ slug: 'rencontre-de-mars', title: input.title, visibility: 'draft' }),
          },
        },
      },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Nouvelle liste de lecture' })).toBeTruthy();
    expect(
      ((await screen.findByRole('radio', { name: 'Réseau (membres connectés)' })) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.getByRole('radio', { name: 'Publique' })).toBeTruthy();
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer la liste' }));
    expect(await screen.findByText('Page de la liste')).toBeTruthy();
  });

  it('shows the API’s field issues next to their fields', async () => {
    renderPage([
      {
        request: { query: CreateReadingListMutation, variables: { input } },
        result: {
          errors: [
            {
              message: 'Données invalides',
              extensions: {
                code: ERROR_CODES.badUserInput,
                issues: [{ field: 'intro', rule: 'maxLength', message: '5000 caractères au maximum.' }],
              },
            },
          ],
        },
      },
    ]);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Créer la liste' }));
    const error = await screen.findByText('5000 caractères au maximum.', { selector: '.field-error' });
    expect(screen.getByRole('textbox', { name: 'Introduction' }).getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByRole('link', { name: 'Introduction\u00a0: 5000 caractères au maximum.' })).toBeTruthy();
  });

  it('asks for a title before sending anything', async () => {
    renderPage([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer la liste' }));
    expect(await screen.findByText('Ce champ est obligatoire.', { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Titre (obligatoire)' }).getAttribute('aria-invalid')).toBe('true');
  });
});
