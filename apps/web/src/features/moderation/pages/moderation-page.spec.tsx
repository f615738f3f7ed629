import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { HideCommentMutation, ModerationQueueQuery, RestoreCommentMutation } from '../graphql/moderation.documents';
import { ModerationPage } from './moderation-page';

const member = (id: string, slug: string, name: string) => ({ __typename: 'Member' as const, id, slug, name });
const yanis = member('3', 'yanis-benali', 'Yanis Benali');
const claire = member('5', 'claire-martin', 'Claire Martin');

const item = (id: string, overrides: object = {}) => ({
  __typename: 'ModerationItem' as const,
  id,
  html: '<p>Un avis <strong>tranché</strong></p><img src=x onerror="window.hacked = true">',
  createdAt: '2026-03-01T10:00:00.000Z',
  hidden: false,
  reportCount: 2,
  author: yanis,
  resource: { __typename: 'ResourceLink' as const, slug: 'le-jeu-des-ecrans', title: 'Le jeu des écrans' } as
    object | null,
  readingList: null as object | null,
  reports: [
    {
      __typename: 'CommentReport' as const,
      reason: 'Propos <b>insultants</b>',
      createdAt: '2026-03-02T09:00:00.000Z',
      reporter: claire,
    },
    {
      __typename: 'CommentReport' as const,
      reason: 'Hors sujet',
      createdAt: '2026-03-01T12:00:00.000Z',
      reporter: null,
    },
  ],
  ...overrides,
});

const queueMock = (items: ReturnType<typeof item>[]) => ({
  request: { query: ModerationQueueQuery },
  result: { data: { moderationQueue: items } },
});

const decided = (id: string, hidden: boolean) => ({
  __typename: 'Comment' as const,
  id,
  hidden,
  html: '<p>Un avis</p>',
});

function renderPage(mocks: object[], role: Role = 'coordinator') {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role), ...mocks] as never}>
      <ModerationPage />
    </MockedProvider>,
    { route: '/moderation' },
  );
}

describe('ModerationPage', () => {
  it('lists each comment with its resource (linked at the comment), author, date, text, state and reports', async () => {
    const { container } = renderPage([
      queueMock([item('c1'), item('c2', { hidden: true, reportCount: 0, reports: [], author: null })]),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Modération des commentaires' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Commentaires à modérer' });
    const [reported, hidden] = within(list).getAllByRole('article');

    expect(
      within(reported).getByRole('heading', {
        level: 2,
        name: 'Commentaire de Yanis Benali sur « Le jeu des écrans »',
      }),
    ).toBeTruthy();
    expect(within(reported).getByRole('link', { name: 'Le jeu des écrans' }).getAttribute('href')).toBe(
      '/ressources/le-jeu-des-ecrans#commentaire-c1',
    );
    expect(within(reported).getByText('Publié le 1 mars 2026 à 10:00')).toBeTruthy();
    expect(within(reported).getByText('État : Signalé 2 fois')).toBeTruthy();
    expect(within(reported).getByText('tranché').tagName).toBe('STRONG');
    expect(within(reported).getByRole('heading', { level: 3, name: 'Signalements' })).toBeTruthy();
    expect(within(reported).getByText('Claire Martin, le 2 mars 2026 à 09:00')).toBeTruthy();
    expect(within(reported).getByText('Propos <b>insultants</b>')).toBeTruthy();
    expect(within(reported).getByText('Membre du réseau, le 1 mars 2026 à 12:00')).toBeTruthy();
    expect(within(reported).getByRole('button', { name: 'Masquer le commentaire de Yanis Benali' })).toBeTruthy();
    expect(
      within(reported).getByRole('button', { name: 'Écarter les signalements du commentaire de Yanis Benali' }),
    ).toBeTruthy();
    expect(within(reported).queryByRole('button', { name: /^Rétablir/ })).toBeNull();

    expect(within(hidden).getByText('État : Masqué')).toBeTruthy();
    expect(within(hidden).getByRole('button', { name: 'Rétablir le commentaire de Membre du réseau' })).toBeTruthy();
    expect(within(hidden).queryByRole('button', { name: /^Masquer/ })).toBeNull();
    expect(within(hidden).queryByRole('heading', { level: 3 })).toBeNull();

    // The comment's HTML goes through the sanitiser.
    expect(container.querySelector('img, [onerror]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('names the reading list a comment was posted on, with a link to the comment on the list', async () => {
    const onList = item('c3', {
      resource: null,
      readingList: { __typename: 'ResourceLink' as const, slug: 'rencontre-ecrans', title: 'Rencontre écrans de mars' },
    });
    renderPage([queueMock([onList])]);
    const list = await screen.findByRole('list', { name: 'Commentaires à modérer' });
    const [entry] = within(list).getAllByRole('article');

    const heading = within(entry).getByRole('heading', {
      level: 2,
      name: 'Commentaire de Yanis Benali sur la liste « Rencontre écrans de mars »',
    });
    expect(heading.textContent).toBe('Commentaire de Yanis Benali sur la liste «\u00a0Rencontre écrans de mars\u00a0»');
    expect(entry.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(within(heading).getByRole('link', { name: 'Rencontre écrans de mars' }).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans#commentaire-c3',
    );
    expect(within(entry).queryByRole('link', { name: 'Le jeu des écrans' })).toBeNull();
    expect(within(entry).getByRole('button', { name: 'Masquer le commentaire de Yanis Benali' })).toBeTruthy();
  });

  it('hides a comment, says so, and shows the queue as the API gives it again', async () => {
    let hid = false;
    renderPage([
      queueMock([item('c1')]),
      {
        request: { query: HideCommentMutation, variables: { id: 'c1' } },
        result: () => {
          hid = true;
          return { data: { hideComment: decided('c1', true) } };
        },
      },
      queueMock([item('c1', { hidden: true, reportCount: 0, reports: [] })]),
    ]);
    const button = await screen.findByRole('button', { name: 'Masquer le commentaire de Yanis Benali' });
    await act(async () => {
      fireEvent.click(button);
    });
    await waitFor(() => expect(hid).toBe(true));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Le commentaire de Yanis Benali est masqué.'),
    );
    expect(await screen.findByText('État : Masqué')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rétablir le commentaire de Yanis Benali' })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe(
        'Commentaire de Yanis Benali sur «\u00a0Le jeu des écrans\u00a0»',
      ),
    );
  });

  it('restores a hidden comment, which leaves the queue, then says there is nothing left', async () => {
    renderPage([
      queueMock([item('c2', { hidden: true, reportCount: 0, reports: [] })]),
      {
        request: { query: RestoreCommentMutation, variables: { id: 'c2' } },
        result: { data: { restoreComment: decided('c2', false) } },
      },
      queueMock([]),
    ]);
    const button = await screen.findByRole('button', { name: 'Rétablir le commentaire de Yanis Benali' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText('Aucun commentaire à modérer.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Le commentaire de Yanis Benali est rétabli.'),
    );
  });

  it('says when the decision failed', async () => {
    renderPage([
      queueMock([item('c1')]),
      {
        request: { query: HideCommentMutation, variables: { id: 'c1' } },
        result: { errors: [{ message: 'Commentaire introuvable.', extensions: { code: ERROR_CODES.notFound } }] },
      },
    ]);
    const button = await screen.findByRole('button', { name: 'Masquer le commentaire de Yanis Benali' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'La décision n’a pas été enregistrée\u00a0: Commentaire introuvable.',
    );
  });

  it('offers the same admin pages as the others: all ten to an admin, the coordinator’s five to a coordinator', async () => {
    const hrefs = async () =>
      within(await screen.findByRole('navigation', { name: 'Administration' }))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
    const view = renderPage([queueMock([])], 'admin');
    expect(await hrefs()).toEqual([
      '/administration/membres',
      '/administration/structures',
      '/inviter',
      '/administration/themes',
      '/administration/corbeille',
      '/administration/liens-casses',
      '/importer',
      '/administration/journal',
      '/administration/taches',
      '/administration/etat',
    ]);
    view.unmount();
    renderPage([queueMock([])], 'coordinator');
    expect(await hrefs()).toEqual([
      '/inviter',
      '/administration/themes',
      '/administration/corbeille',
      '/administration/liens-casses',
      '/importer',
    ]);
  });

  it('says when there is nothing to moderate', async () => {
    renderPage([queueMock([])]);
    expect(await screen.findByText('Aucun commentaire à modérer.')).toBeTruthy();
  });

  it('tells a member that the page is for coordinators and admins, without asking for the queue', async () => {
    renderPage([], 'member');
    expect(await screen.findByText('Réservé aux coordinateur·rices et aux administrateur·rices.')).toBeTruthy();
  });

  it('refuses as the API does when the role was taken away meanwhile', async () => {
    renderPage([
      {
        request: { query: ModerationQueueQuery },
        result: { errors: [{ message: 'Réservé', extensions: { code: ERROR_CODES.forbidden } }] },
      },
    ]);
    expect(await screen.findByText('Réservé aux coordinateur·rices et aux administrateur·rices.')).toBeTruthy();
  });
});
