import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { NotificationKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import {
  MarkNotificationsReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.documents';
import { NOTIFICATIONS_PAGE_SIZE } from '../hooks/use-notifications';
import { NotificationsPage } from './notifications-page';

const claire = { __typename: 'Member' as const, id: '5', slug: 'claire-martin', name: 'Claire Martin' };

const notification = (id: string, kind: NotificationKind, overrides: object = {}) => ({
  __typename: 'Notification' as const,
  id,
  kind,
  createdAt: '2026-03-02T10:00:00.000Z',
  read: false,
  commentId: null,
  excerpt: null,
  actor: claire,
  resource: { __typename: 'ResourceLink' as const, slug: 'le-jeu-des-ecrans', title: 'Le jeu des écrans' },
  readingList: null,
  theme: null,
  ...overrides,
});

const ALL = [
  notification('n1', 'MENTION', { commentId: 'c9', excerpt: 'Merci @camille-durand pour l’idée' }),
  notification('n2', 'REPLY', { commentId: 'c10', read: true }),
  notification('n3', 'COMMENT_ON_MY_RESOURCE', { commentId: 'c11', actor: null }),
  notification('n4', 'DEBRIEF_ON_MY_RESOURCE'),
  notification('n5', 'RESOURCE_IN_FOLLOWED_THEME', {
    theme: { __typename: 'ThemeLink' as const, slug: 'ecrans', label: 'Écrans', labelEn: 'Screens' },
  }),
];

const listMock = (
  items: ReturnType<typeof notification>[],
  { hasMore = false, after }: { hasMore?: boolean; after?: string } = {},
) => ({
  request: {
    query: NotificationsQuery,
    variables: after ? { first: NOTIFICATIONS_PAGE_SIZE, after } : { first: NOTIFICATIONS_PAGE_SIZE },
  },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationPage' as const,
        items,
        unreadCount: items.filter((item) => !item.read).length,
        hasMore,
        endCursor: hasMore ? `apres-${items.at(-1)?.id}` : null,
      },
    },
  },
});
const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountQuery },
  result: { data: { unreadNotificationCount: count } },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(), ...mocks] as never}>
      <Routes>
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/ressources/:slug" element={<p>Page de la ressource</p>} />
        <Route path="/listes/:slug" element={<p>Page de la liste</p>} />
      </Routes>
    </MockedProvider>,
    { route: '/notifications' },
  );
}

const sentence = (article: HTMLElement) =>
  article.querySelector('.notification-sentence')?.textContent?.replace(/\s+/g, ' ');

describe('NotificationsPage', () => {
  it('tells each notification by kind, marks the unread ones in words and links to the resource at the comment', async () => {
    renderPage([listMock(ALL), countMock(4)]);
    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Notifications, de la plus récente à la plus ancienne' });
    const [mention, reply, comment, debrief, theme] = within(list).getAllByRole('article');

    expect(sentence(mention)).toBe('Claire Martin vous a mentionné·e dans un commentaire sur « Le jeu des écrans »');
    expect(within(mention).getByText('Non lue')).toBeTruthy();
    expect(within(mention).getByText('Merci @camille-durand pour l’idée')).toBeTruthy();
    expect(within(mention).getByRole('link', { name: 'Le jeu des écrans' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans#commentaire-c9',
    );
    expect(sentence(reply)).toBe('Claire Martin a répondu à votre commentaire sur « Le jeu des écrans »');
    expect(within(reply).queryByText('Non lue')).toBeNull();
    expect(sentence(comment)).toBe('Un membre du réseau a commenté votre ressource « Le jeu des écrans »');
    expect(sentence(debrief)).toBe('Claire Martin a raconté un atelier avec votre outil « Le jeu des écrans »');
    expect(within(debrief).getByRole('link', { name: 'Le jeu des écrans' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans',
    );
    expect(sentence(theme)).toBe('Nouvelle ressource dans le thème Écrans : « Le jeu des écrans »');
    expect(within(theme).getByText('2 mars 2026 à 10:00')).toBeTruthy();

    await waitFor(() => expect(screen.getByText('4 notifications non lues.').getAttribute('role')).toBe('status'));
  });

  it('tells notifications about a reading list by kind and links to the list at the comment', async () => {
    const readingList = { __typename: 'ResourceLink' as const, slug: 'rencontre-ecrans', title: 'Rencontre écrans' };
    const onList = (id: string, kind: NotificationKind, commentId: string) =>
      notification(id, kind, { commentId, resource: null, readingList });
    renderPage([
      listMock([onList('l1', 'MENTION', 'c1'), onList('l2', 'REPLY', 'c2'), onList('l3', 'COMMENT_ON_MY_LIST', 'c3')]),
      countMock(3),
      {
        request: { query: MarkNotificationsReadMutation, variables: { ids: ['l3'] } },
        result: { data: { markNotificationsRead: 2 } },
      },
    ]);
    const list = await screen.findByRole('list', { name: /^Notifications/ });
    const [mention, reply, comment] = within(list).getAllByRole('article');

    expect(sentence(mention)).toBe(
      'Claire Martin vous a mentionné·e dans un commentaire sur la liste « Rencontre écrans »',
    );
    expect(sentence(reply)).toBe('Claire Martin a répondu à votre commentaire sur la liste « Rencontre écrans »');
    expect(sentence(comment)).toBe('Claire Martin a commenté votre liste de lecture « Rencontre écrans »');
    expect(mention.querySelector('.notification-sentence')?.textContent).toContain('«\u00a0Rencontre écrans\u00a0»');
    const links = [mention, reply, comment].map((article) =>
      within(article).getByRole('link', { name: 'Rencontre écrans' }).getAttribute('href'),
    );
    expect(links).toEqual([
      '/listes/rencontre-ecrans#commentaire-c1',
      '/listes/rencontre-ecrans#commentaire-c2',
      '/listes/rencontre-ecrans#commentaire-c3',
    ]);

    fireEvent.click(within(comment).getByRole('link', { name: 'Rencontre écrans' }));
    expect(await screen.findByText('Page de la liste')).toBeTruthy();
  });

  it('tells a contributor that their resource’s link looks broken, linking to the resource', async () => {
    renderPage([listMock([notification('b1', 'LINK_BROKEN', { actor: null })]), countMock(1)]);
    const list = await screen.findByRole('list', { name: /^Notifications/ });
    const [broken] = within(list).getAllByRole('article');
    expect(sentence(broken)).toBe(
      'Le lien de votre ressource « Le jeu des écrans » semble cassé depuis deux vérifications : pouvez-vous le corriger ?',
    );
    expect(within(broken).getByRole('link', { name: 'Le jeu des écrans' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans',
    );
  });

  it('marks everything read, the unread marks going away', async () => {
    let marked = false;
    renderPage([
      listMock(ALL),
      countMock(4),
      {
        request: { query: MarkNotificationsReadMutation, variables: {} },
        result: () => {
          marked = true;
          return { data: { markNotificationsRead: 0 } };
        },
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Tout marquer comme lu' });
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(marked).toBe(true));
    await waitFor(() => expect(screen.queryByText('Non lue')).toBeNull());
    const status = screen.getByText('Toutes les notifications sont marquées comme lues.');
    expect(status.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(status);
    expect(screen.queryByRole('button', { name: 'Tout marquer comme lu' })).toBeNull();
  });

  it('marks a notification read when its link is followed', async () => {
    let markedIds: unknown = null;
    renderPage([
      listMock(ALL),
      countMock(4),
      {
        request: { query: MarkNotificationsReadMutation, variables: { ids: ['n1'] } },
        result: () => {
          markedIds = ['n1'];
          return { data: { markNotificationsRead: 3 } };
        },
      },
    ]);
    const list = await screen.findByRole('list', { name: /^Notifications/ });
    fireEvent.click(within(within(list).getAllByRole('article')[0]).getByRole('link', { name: 'Le jeu des écrans' }));
    expect(await screen.findByText('Page de la ressource')).toBeTruthy();
    await waitFor(() => expect(markedIds).toEqual(['n1']));
  });

  it('loads older notifications with « Voir plus »', async () => {
    renderPage([
      listMock([notification('n1', 'MENTION', { read: true })], { hasMore: true }),
      countMock(0),
      listMock([notification('n0', 'REPLY', { read: true, createdAt: '2026-02-01T10:00:00.000Z' })], {
        after: 'apres-n1',
      }),
    ]);
    const more = await screen.findByRole('button', { name: 'Voir plus' });
    await act(async () => {
      fireEvent.click(more);
    });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('article')[1]));
    expect(screen.getByText('1 notification de plus.')).toBeTruthy();
  });

  it('says when there is no notification', async () => {
    renderPage([listMock([]), countMock(0)]);
    expect(await screen.findByText('Aucune notification.')).toBeTruthy();
  });
});
