import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { NewsFeedQuery } from '../graphql/news.documents';
import { NEWS_PAGE_SIZE, NewsPage } from './news-page';

const member = (slug: string, name: string) => ({ __typename: 'Member' as const, id: slug, slug, name });
const because = (kind: 'THEME' | 'ORGANISATION' | 'MEMBER', slug: string, label: string) => ({
  __typename: 'Follow' as const,
  kind,
  slug,
  label,
});
const resource = (slug: string, title: string) => ({ __typename: 'ResourceLink' as const, slug, title });

const news = (id: string, kind: 'RESOURCE' | 'DEBRIEF' | 'COMMENT', at: string, overrides: object = {}) => ({
  __typename: 'NewsItem' as const,
  id,
  kind,
  at,
  excerpt: null,
  actor: member('yanis-benali', 'Yanis Benali'),
  resource: resource('le-jeu-des-ecrans', 'Le jeu des écrans'),
  because: [
    because('THEME', 'ecrans', 'Écrans et petite enfance'),
    because('ORGANISATION', 'mediatheque-lyon', 'Médiathèque de Lyon'),
  ],
  ...overrides,
});

const feedMock = (
  items: ReturnType<typeof news>[],
  { hasMore = false, followCount = 2, after }: { hasMore?: boolean; followCount?: number; after?: string } = {},
) => ({
  request: { query: NewsFeedQuery, variables: after ? { first: NEWS_PAGE_SIZE, after } : { first: NEWS_PAGE_SIZE } },
  result: {
    data: {
      newsFeed: {
        __typename: 'NewsFeed' as const,
        items,
        hasMore,
        endCursor: hasMore ? `apres-${items.at(-1)?.id}` : null,
        followCount,
      },
    },
  },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(), ...mocks] as never}>
      <NewsPage />
    </MockedProvider>,
    { route: '/quoi-de-neuf' },
  );
}

const normalised = (element: Element) => element.textContent?.replace(/\s+/g, ' ');

describe('NewsPage', () => {
  it('tells each piece of news in a sentence linking to the resource, with its excerpt, date and why it is there', async () => {
    renderPage([
      feedMock([
        news('resource:1', 'RESOURCE', '2026-03-03T10:00:00.000Z', { excerpt: 'Un jeu de plateau.' }),
        news('debrief:2', 'DEBRIEF', '2026-03-02T10:00:00.000Z', {
          because: [because('MEMBER', 'yanis-benali', 'Yanis Benali')],
        }),
        news('comment:3', 'COMMENT', '2026-03-01T10:00:00.000Z', { actor: null }),
      ]),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Quoi de neuf' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Nouveautés, de la plus récente à la plus ancienne' });
    const [first, second, third] = within(list).getAllByRole('article');
    expect(normalised(first.querySelector('.feed-sentence')!)).toBe(
      'Nouvelle ressource partagée par Yanis Benali : Le jeu des écrans',
    );
    expect(within(first).getByRole('link', { name: 'Le jeu des écrans' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans',
    );
    expect(within(first).getByText('Un jeu de plateau.')).toBeTruthy();
    expect(normalised(first.querySelector('.feed-meta')!)).toBe(
      '3 mars 2026 à 10:00 · Parce que vous suivez : Écrans et petite enfance, Médiathèque de Lyon',
    );
    expect(normalised(second.querySelector('.feed-sentence')!)).toBe(
      'Retour d’atelier de Yanis Benali sur Le jeu des écrans',
    );
    expect(normalised(second.querySelector('.feed-meta')!)).toMatch(/Parce que vous suivez : Yanis Benali$/);
    expect(normalised(third.querySelector('.feed-sentence')!)).toBe('Nouveau commentaire sur Le jeu des écrans');
    expect(screen.getByRole('link', { name: 'Gérer mes abonnements' }).getAttribute('href')).toBe('/suivis');
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('loads older news with « Voir plus », says how many came and moves focus to the first of them', async () => {
    renderPage([
      feedMock([news('comment:3', 'COMMENT', '2026-03-01T10:00:00.000Z')], { hasMore: true }),
      feedMock(
        [news('comment:4', 'COMMENT', '2026-02-20T10:00:00.000Z', { actor: member('lea-girard', 'Léa Girard') })],
        {
          after: 'apres-comment:3',
        },
      ),
    ]);
    const more = await screen.findByRole('button', { name: 'Voir plus' });
    await act(async () => {
      fireEvent.click(more);
    });
    expect(await screen.findByText('Léa Girard a commenté', { exact: false })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await waitFor(() => expect(screen.getByText('1 nouveauté de plus.').getAttribute('role')).toBe('status'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('article')[1]));
    expect(screen.queryByRole('button', { name: 'Voir plus' })).toBeNull();
  });

  it('explains how to follow when nothing is followed yet', async () => {
    renderPage([feedMock([], { followCount: 0 })]);
    expect(await screen.findByText(/Vous ne suivez encore rien\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choisir mes abonnements' }).getAttribute('href')).toBe('/suivis');
  });

  it('says when there is nothing new', async () => {
    renderPage([feedMock([], { followCount: 3 })]);
    expect(await screen.findByText('Rien de neuf pour l’instant.')).toBeTruthy();
  });
});
