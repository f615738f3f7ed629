import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { BookmarksQuery } from '../graphql/reaction.documents';
import { BookmarksPage } from './bookmarks-page';

const viewerMock = {
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer' as const,
        id: '7',
        slug: 'camille-durand',
        name: 'Camille Durand',
        email: 'camille.durand@example.org',
        role: 'member',
        title: null,
        organisation: null,
        expertise: [],
      },
    },
  },
};

describe('BookmarksPage', () => {
  it('says there is no favourite yet', async () => {
    const bookmarksMock = {
      request: { query: BookmarksQuery, variables: { page: 1, pageSize: 20 } },
      result: { data: { bookmarks: { __typename: 'ResourcePage', items: [], page: 1, pageSize: 20, total: 0 } } },
    };
    renderWithProviders(
      <MockedProvider mocks={[viewerMock, bookmarksMock] as never}>
        <Routes>
          <Route path="/favoris" element={<BookmarksPage />} />
        </Routes>
      </MockedProvider>,
      { route: '/favoris' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Mes favoris' })).toBeTruthy();
    expect(await screen.findByText('Vous n’avez pas encore de favoris.')).toBeTruthy();
  });
});
