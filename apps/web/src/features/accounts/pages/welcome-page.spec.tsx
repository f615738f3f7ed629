import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { viewer } from '../../../test/viewer-mock';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { AccountFormOptionsQuery, CompleteWelcomeMutation } from '../graphql/accounts.documents';
import { WelcomePage } from './welcome-page';

const organisation = {
  __typename: 'Organisation',
  id: 'o1',
  slug: 'mediatheque-chambery',
  name: 'Médiathèque de Chambéry',
};
const newcomer = { ...viewer('member'), slug: 'ines-moreau', name: 'Inès Moreau', organisation };

const mocks = (extra: object[] = []) => [
  { request: { query: ViewerQuery }, result: { data: { viewer: newcomer } } },
  {
    request: { query: AccountFormOptionsQuery },
    result: {
      data: {
        themes: [
          { __typename: 'Theme', id: 't1', slug: 'jeux-video', label: 'Jeux vidéo', labelEn: 'Video games' },
          { __typename: 'Theme', id: 't2', slug: 'education-image', label: 'Éducation à l’image', labelEn: null },
        ],
        organisations: [
          { __typename: 'Organisation', id: 'o0', slug: 'crefe', name: 'CREFE' },
          { __typename: 'Organisation', id: 'o1', slug: 'mediatheque-chambery', name: 'Médiathèque de Chambéry' },
        ],
      },
    },
  },
  ...extra,
];

function renderPage(list: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={list as never}>
      <Routes>
        <Route path="/bienvenue" element={<WelcomePage />} />
        <Route path="/quoi-de-neuf" element={<p>Page Quoi de neuf</p>} />
      </Routes>
    </MockedProvider>,
    { route: '/bienvenue' },
  );
}

describe('WelcomePage', () => {
  it('shows a loading message, then labelled fields with the organisation of the invitation chosen', async () => {
    renderPage(mocks());
    expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue dans le réseau' })).toBeTruthy();
    // While it loads: the live region of the loading message, and no form yet.
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enregistrer et continuer' })).toBeNull();
    const organisationField = (await screen.findByLabelText('Votre structure')) as HTMLSelectElement;
    expect(organisationField.value).toBe('mediatheque-chambery');
    expect(screen.getByLabelText('Votre fonction')).toBeTruthy();
    const follow = screen.getByRole('group', { name: /Thèmes à suivre/ });
    expect(within(follow).getByRole('checkbox', { name: 'Éducation à l’image' })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Vos domaines d’expertise/ })).toBeTruthy();
  });

  it('saves the profile and the follows with completeWelcome, then lands on « Quoi de neuf »', async () => {
    const completed = jest.fn(() => ({ data: { completeWelcome: { ...newcomer, title: 'Médiatrice' } } }));
    renderPage(
      mocks([
        {
          request: {
            query: CompleteWelcomeMutation,
            variables: {
              input: {
                title: 'Médiatrice',
                organisationSlug: 'mediatheque-chambery',
                expertiseThemeSlugs: ['jeux-video'],
                followThemeSlugs: ['jeux-video', 'education-image'],
              },
            },
          },
          result: completed,
        },
      ]),
    );
    fireEvent.change(await screen.findByLabelText('Votre fonction'), { target: { value: ' Médiatrice ' } });
    const expertise = screen.getByRole('group', { name: /Vos domaines d’expertise/ });
    fireEvent.click(within(expertise).getByRole('checkbox', { name: 'Jeux vidéo' }));
    const follow = screen.getByRole('group', { name: /Thèmes à suivre/ });
    fireEvent.click(within(follow).getByRole('checkbox', { name: 'Jeux vidéo' }));
    fireEvent.click(within(follow).getByRole('checkbox', { name: 'Éducation à l’image' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    });
    expect(await screen.findByText('Page Quoi de neuf')).toBeTruthy();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('can be skipped: « Passer cette étape » goes to « Quoi de neuf » without saving', async () => {
    renderPage(mocks());
    fireEvent.click(await screen.findByRole('button', { name: 'Passer cette étape' }));
    expect(await screen.findByText('Page Quoi de neuf')).toBeTruthy();
  });
});
