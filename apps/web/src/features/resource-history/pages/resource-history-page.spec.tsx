import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { ResourceHistoryQuery, RestoreResourceVersionMutation } from '../graphql/resource-history.documents';
import { ResourceHistoryPage } from './resource-history-page';

const member = (name: string) => ({ __typename: 'Member' as const, id: name, slug: name.toLowerCase(), name });
const change = (field: string, before: string | null, after: string | null) => ({
  __typename: 'ResourceFieldChange' as const,
  field,
  before,
  after,
});

const history = [
  {
    __typename: 'ResourceVersion' as const,
    version: 2,
    current: true,
    createdAt: '2026-12-02T09:30:00.000Z',
    author: member('Camille'),
    changes: [
      change('summary', 'Un jeu pour parler des rumeurs en ligne.', 'Un jeu de cartes pour parler des rumeurs.'),
      change('themes', 'Jeux vidéo', 'Réseaux sociaux, Jeux vidéo'),
      change('visibility', 'network', 'public'),
    ],
  },
  {
    __typename: 'ResourceVersion' as const,
    version: 1,
    current: false,
    createdAt: '2026-11-30T08:00:00.000Z',
    author: null,
    changes: [change('title', null, 'Le jeu des colibris')],
  },
];

const historyMock = (viewerCanEdit: boolean, versions = history) => ({
  request: { query: ResourceHistoryQuery, variables: { slug: 'le-jeu-des-colibris' } },
  result: {
    data: {
      resource: {
        __typename: 'Resource' as const,
        id: 'r1',
        slug: 'le-jeu-des-colibris',
        title: 'Le jeu des colibris',
        viewerCanEdit,
        history: versions,
      },
    },
  },
});

function renderPage(mocks: unknown[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <Routes>
        <Route path="/ressources/:slug/historique" element={<ResourceHistoryPage />} />
      </Routes>
    </MockedProvider>,
    { route: '/ressources/le-jeu-des-colibris/historique' },
  );
}

describe('ResourceHistoryPage', () => {
  beforeAll(() => {
    // jsdom has <dialog> without close(): the confirmation closes as a browser would close it.
    if (typeof HTMLDialogElement.prototype.close !== 'function') {
      HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
        this.removeAttribute('open');
      };
    }
  });

  it('reads a change of files as the names added and removed, and the new main file', async () => {
    const versions = [
      {
        ...history[0],
        changes: [change('files', 'guide.pdf, ancien.pdf', 'plan.odp, guide.pdf')],
      },
    ];
    renderPage([historyMock(false, versions)]);
    const list = await screen.findByRole('list', { name: 'Versions, de la plus récente à la plus ancienne' });
    const files = within(list).getByText('Fichiers').parentElement as HTMLElement;
    expect(within(files).getByText('+ plan.odp').tagName).toBe('INS');
    expect(within(files).getByText('− ancien.pdf').tagName).toBe('DEL');
    expect(within(files).getByText('fichier principal : plan.odp')).toBeTruthy();
    expect(within(files).queryByText(/Avant/)).toBeNull();
  });

  it('lists versions newest first with who, when and each changed field before and after', async () => {
    renderPage([historyMock(false)]);
    // The loading region is there at once; its text only if the wait lasts (LoadingMessage, issue 13 item 19).
    expect(screen.getByRole('status').textContent).toBe('');
    const list = await screen.findByRole('list', { name: 'Versions, de la plus récente à la plus ancienne' });
    const [latest, first] = within(list).getAllByRole('listitem');
    expect(within(latest).getByRole('heading').textContent).toBe('Version 2version actuelle');
    expect(within(latest).getByText(/^Par Camille, le 2 décembre 2026/)).toBeTruthy();
    // Codes read as words; lists of themes as labels.
    expect(within(latest).getByText('Visibilité')).toBeTruthy();
    expect(within(latest).getByText('Réseau')).toBeTruthy();
    expect(within(latest).getByText('Public')).toBeTruthy();
    expect(within(latest).getByText('Réseaux sociaux, Jeux vidéo').tagName).toBe('INS');
    expect(within(first).getByText(/^Par un compte supprimé/)).toBeTruthy();
  });

  it('highlights the words added and removed in a long text', async () => {
    renderPage([historyMock(false)]);
    const list = await screen.findByRole('list', { name: /Versions/ });
    const summary = within(list).getByText('Résumé').nextElementSibling as HTMLElement;
    expect([...summary.querySelectorAll('ins')].map((node) => node.textContent?.trim())).toEqual(['de cartes']);
    expect([...summary.querySelectorAll('del')].map((node) => node.textContent?.trim())).toEqual(['en ligne']);
  });

  it('offers no restore to those who may not edit', async () => {
    renderPage([historyMock(false)]);
    await screen.findByRole('list', { name: /Versions/ });
    expect(screen.queryByRole('button', { name: 'Restaurer cette version' })).toBeNull();
  });

  it('restores an earlier version after a confirmation, and announces it', async () => {
    const restored = jest.fn(() => ({
      data: {
        restoreResourceVersion: {
          __typename: 'Resource',
          id: 'r1',
          slug: 'le-jeu-des-colibris',
          title: 'Le jeu des colibris',
        },
      },
    }));
    renderPage([
      historyMock(true),
      {
        request: { query: RestoreResourceVersionMutation, variables: { slug: 'le-jeu-des-colibris', version: 1 } },
        result: restored,
      },
      historyMock(true),
    ]);
    const list = await screen.findByRole('list', { name: /Versions/ });
    // Only earlier versions can be restored: the current one has no button.
    const buttons = within(list).getAllByRole('button', { name: 'Restaurer cette version' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe('Restaurer la version 1\u202f?');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Restaurer', hidden: true }));
    });
    expect((await screen.findByText('La version 1 a été restaurée.')).getAttribute('role')).toBe('status');
    expect(restored).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s reason when restoring fails (a theme deleted since), and keeps the dialog open', async () => {
    renderPage([
      historyMock(true),
      {
        request: { query: RestoreResourceVersionMutation, variables: { slug: 'le-jeu-des-colibris', version: 1 } },
        result: {
          errors: [
            {
              message: 'Données invalides',
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'badUserInput.invalid',
                issues: [
                  {
                    field: 'themeSlugs',
                    rule: 'unknown',
                    params: { values: 'theme-ephemere' },
                    message: 'Thèmes : valeur inconnue (theme-ephemere)',
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Restaurer cette version' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Restaurer', hidden: true }));
    });
    const alert = await within(dialog).findByRole('alert', { hidden: true });
    expect(alert.textContent).toMatch(/^La restauration a échoué\u00a0: .*theme-ephemere/);
  });

  it('says when there is no version, and when the history could not be loaded', async () => {
    renderPage([historyMock(false, [])]);
    expect(await screen.findByText('Aucune version enregistrée pour cette ressource.')).toBeTruthy();
  });

  it('offers to try again when loading failed', async () => {
    renderPage([
      {
        request: { query: ResourceHistoryQuery, variables: { slug: 'le-jeu-des-colibris' } },
        error: new Error('réseau coupé'),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('L’historique n’a pas pu être chargé.');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
