import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { FollowOptionsQuery, MyFollowsQuery, SetFollowMutation } from '../graphql/following.documents';
import { FollowsPage } from './follows-page';

const follow = (kind: 'THEME' | 'ORGANISATION' | 'MEMBER', slug: string, label: string) => ({
  __typename: 'Follow' as const,
  kind,
  slug,
  label,
});
const ECRANS = follow('THEME', 'ecrans-petite-enfance', 'Écrans et petite enfance');
const CLAIRE = follow('MEMBER', 'claire-martin', 'Claire Martin');

const optionsMock = {
  request: { query: FollowOptionsQuery },
  result: {
    data: {
      themes: [
        { __typename: 'Theme', id: '1', slug: 'ecrans-petite-enfance', label: 'Écrans et petite enfance' },
        { __typename: 'Theme', id: '2', slug: 'reseaux-sociaux', label: 'Réseaux sociaux' },
      ],
      organisations: [{ __typename: 'Organisation', id: '9', slug: 'mediatheque-lyon', name: 'Médiathèque de Lyon' }],
    },
  },
};
const myFollowsMock = (follows: ReturnType<typeof follow>[]) => ({
  request: { query: MyFollowsQuery },
  result: { data: { myFollows: follows } },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(), optionsMock, ...mocks] as never}>
      <FollowsPage />
    </MockedProvider>,
    { route: '/suivis' },
  );
}

describe('FollowsPage', () => {
  it('lists every theme and organisation as a toggle, with each theme’s Atom feed, and the members followed', async () => {
    renderPage([myFollowsMock([ECRANS, CLAIRE])]);
    expect(screen.getByRole('heading', { level: 1, name: 'Mes abonnements' })).toBeTruthy();
    const themes = await screen.findByRole('list', { name: 'Thèmes' });
    expect(
      within(themes).getByRole('button', { name: 'Suivi Écrans et petite enfance' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(within(themes).getByRole('button', { name: 'Suivre Réseaux sociaux' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    const feed = within(themes).getByRole('link', { name: 'Flux Atom du thème Réseaux sociaux' });
    expect(feed.getAttribute('href')).toBe('/flux/themes/reseaux-sociaux.atom');
    expect(feed.textContent).toBe('Flux Atom du thème Réseaux sociaux');

    const organisations = screen.getByRole('list', { name: 'Structures' });
    expect(within(organisations).getByRole('button', { name: 'Suivre Médiathèque de Lyon' })).toBeTruthy();

    const members = screen.getByRole('list', { name: 'Membres' });
    expect(within(members).getByRole('link', { name: 'Claire Martin' }).getAttribute('href')).toBe(
      '/membres/claire-martin',
    );
    expect(within(members).getByRole('button', { name: 'Ne plus suivre Claire Martin' })).toBeTruthy();
  });

  it('stops following a member, who leaves the list, and says so', async () => {
    renderPage([
      myFollowsMock([ECRANS, CLAIRE]),
      {
        request: { query: SetFollowMutation, variables: { kind: 'MEMBER', slug: 'claire-martin', following: false } },
        result: { data: { setFollow: [ECRANS] } },
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Ne plus suivre Claire Martin' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText(/Vous ne suivez aucun membre\./)).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByText('Vous ne suivez plus Claire Martin.').getAttribute('role')).toBe('status'),
    );
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Membres' }));
    // The theme followed is still pressed: the list came back from the API whole.
    expect(screen.getByRole('button', { name: 'Suivi Écrans et petite enfance' })).toBeTruthy();
  });
});
