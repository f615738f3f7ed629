import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { createCache } from '../../../app/apollo-client';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { ReadingListsQuery } from '../graphql/reading-lists.documents';
import { member, summary } from '../../../test/fixtures/reading-list.fixtures';
import { ReadingListsPage } from './reading-lists-page';

const listsMock = (mine: boolean, lists: ReturnType<typeof summary>[]) => ({
  request: { query: ReadingListsQuery, variables: { mine, editable: false } },
  result: { data: { readingLists: lists } },
});

const mineList = summary('rencontre-mars', 'Rencontre de mars', { viewerRead: 3, itemCount: 12 });
const networkList = summary('ecrans-0-3', 'Écrans 0-3 ans', {
  curator: member('yanis-benali', 'Yanis Benali'),
  visibility: 'public',
  itemCount: 1,
  viewerRead: 0,
});

function renderPage(mocks: object[], role: 'member' | null = 'member') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never} cache={createCache()}>
      <ReadingListsPage />
    </MockedProvider>,
    { route: '/listes' },
  );
}

describe('ReadingListsPage', () => {
  it('shows « Mes listes » then the others, each with its curator, size, visibility and one’s progress', async () => {
    renderPage([listsMock(false, [mineList, networkList]), listsMock(true, [mineList])]);
    expect(screen.getByRole('heading', { level: 1, name: 'Listes de lecture' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Nouvelle liste' })).getAttribute('href')).toBe('/listes/nouvelle');

    const mine = screen.getByRole('list', { name: 'Mes listes' });
    const [entry] = within(mine).getAllByRole('listitem');
    expect(within(entry).getByRole('link', { name: 'Rencontre de mars' }).getAttribute('href')).toBe(
      '/listes/rencontre-mars',
    );
    expect([...entry.querySelectorAll('.meta-parts > span')].map((part) => part.textContent)).toEqual([
      'Par Claire Mounier',
      '12\u00a0ressources',
      'Réseau',
      '3/12\u00a0lus',
    ]);

    const network = screen.getByRole('list', { name: 'Listes du réseau' });
    const entries = within(network).getAllByRole('listitem');
    expect(entries).toHaveLength(1);
    expect([...entries[0].querySelectorAll('.meta-parts > span')].map((part) => part.textContent)).toEqual([
      'Par Yanis Benali',
      '1\u00a0ressource',
      'Publique',
      '0/1\u00a0lu',
    ]);
  });

  it('shows a visitor the public lists, without progress, and the way to sign in', async () => {
    renderPage([listsMock(false, [networkList])], null);
    const network = await screen.findByRole('list', { name: 'Listes du réseau' });
    expect(within(network).getByRole('link', { name: 'Écrans 0-3 ans' })).toBeTruthy();
    expect(network.textContent).not.toContain('lu');
    expect(screen.queryByRole('heading', { name: 'Mes listes' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Nouvelle liste' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Connectez-vous' }).getAttribute('href')).toBe(
      '/connexion?retour=%2Flistes',
    );
  });

  it('says when one has no list yet', async () => {
    renderPage([listsMock(false, []), listsMock(true, [])]);
    expect(await screen.findByText('Vous n’avez pas encore de liste de lecture.')).toBeTruthy();
    expect(screen.getByText('Aucune autre liste pour l’instant.')).toBeTruthy();
  });
});
