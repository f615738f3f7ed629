import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../../../app/apollo-client';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { MentionCandidatesQuery } from '../../../shared/mention-candidates.documents';
import {
  AddReadingListItemMutation,
  ListResourceSuggestionsQuery,
  RemindReadingListUnreadMutation,
  AddReadingListCollaboratorMutation,
  CreateReadingListShareLinkMutation,
  ReadingListQuery,
  RemoveReadingListItemMutation,
  UpdateReadingListItemMutation,
} from '../graphql/reading-lists.documents';
import { claire, item, member, readingList, resource, yanis } from '../../../test/fixtures/reading-list.fixtures';
import { ReadingListPage } from './reading-list-page';

/** The list's own tools only: the comments the app shows under it are tested with the composed page (app/composition). */
const noSlots = { comments: () => null };

const q = (title: string) => `«\u00a0${title}\u00a0»`;

const managed = (overrides: object = {}) =>
  readingList({ items: [item('a', 1), item('b', 2)], viewerCanEdit: true, viewerCanManage: true, ...overrides });

const listMock = (list: ReturnType<typeof readingList>) => ({
  request: { query: ReadingListQuery, variables: { slug: 'rencontre-ecrans', shareToken: null } },
  result: { data: { readingList: list } },
});

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(), ...mocks] as never} cache={createCache()}>
      <Routes>
        <Route path="/listes/:slug" element={<ReadingListPage slots={noSlots} />} />
      </Routes>
    </MockedProvider>,
    { route: '/listes/rencontre-ecrans' },
  );
}

const status = () => document.querySelector('.reading-list-notice')?.textContent;

describe('ReadingListPage for the curator', () => {
  it('edits an item’s note in place and says it is saved', async () => {
    const saved = managed({ items: [item('a', 1, { note: 'Chapitre 2 surtout.' }), item('b', 2)] });
    renderPage([
      listMock(managed()),
      {
        request: { query: UpdateReadingListItemMutation, variables: { itemId: 'a', note: 'Chapitre 2 surtout.' } },
        result: { data: { updateReadingListItem: saved } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: `Modifier la note de ${q('Ressource a')}` }));
    const form = screen.getByRole('form', { name: `Note de ${q('Ressource a')}` });
    const field = within(form).getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: ' Chapitre 2 surtout. ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer la note' }));
    await waitFor(() => expect(status()).toBe(`La note de ${q('Ressource a')} est enregistrée.`));
    expect(screen.getByText(/^Chapitre 2 surtout\.$/)).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: `Modifier la note de ${q('Ressource a')}` }),
      ),
    );
  });

  it('removes an item after confirmation', async () => {
    renderPage([
      listMock(managed()),
      {
        request: { query: RemoveReadingListItemMutation, variables: { itemId: 'b' } },
        result: { data: { removeReadingListItem: managed({ items: [item('a', 1)] }) } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: `Retirer ${q('Ressource b')} de la liste` }));
    const dialog = screen.getByRole('dialog', { name: 'Retirer cette ressource de la liste\u202f?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retirer de la liste' }));
    await waitFor(() => expect(status()).toBe(`${q('Ressource b')} a été retirée de la liste.`));
    expect(screen.queryByRole('link', { name: 'Ressource b' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Ressources de la liste' }));
  });

  it('adds a collaborator picked by name, the curator not offered', async () => {
    let added = false;
    renderPage([
      listMock(managed()),
      {
        request: { query: MentionCandidatesQuery, variables: { query: 'ben' } },
        result: { data: { mentionCandidates: [claire, yanis] } },
      },
      {
        request: {
          query: AddReadingListCollaboratorMutation,
          variables: { slug: 'rencontre-ecrans', memberSlug: 'yanis-benali' },
        },
        result: () => {
          added = true;
          return { data: { addReadingListCollaborator: managed({ collaborators: [yanis] }) } };
        },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Collaborateur·rices' });
    expect(within(section).getByText('Aucun·e collaborateur·rice pour l’instant.')).toBeTruthy();

    // « Ajouter » before choosing someone: told to choose.
    fireEvent.click(within(section).getByRole('button', { name: 'Ajouter' }));
    expect(within(section).getByText('Choisissez une personne dans la liste proposée.')).toBeTruthy();

    const picker = within(section).getByRole('combobox', { name: 'Ajouter un·e collaborateur·rice' });
    fireEvent.change(picker, { target: { value: 'ben' } });
    const options = await within(section).findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Yanis Benali']);
    expect(picker.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect((picker as HTMLInputElement).value).toBe('Yanis Benali');
    fireEvent.click(within(section).getByRole('button', { name: 'Ajouter' }));

    await waitFor(() => expect(status()).toBe('Yanis Benali peut désormais modifier cette liste.'));
    expect(added).toBe(true);
    expect(within(section).getByRole('button', { name: 'Retirer Yanis Benali' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Yanis Benali' }).getAttribute('href')).toBe('/membres/yanis-benali');
  });

  it('creates a share link shown once in a read-only field, copies it, and offers to replace or revoke it', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const url = 'http://localhost:3000/listes/rencontre-ecrans?partage=s3cr3t';
    renderPage([
      listMock(managed()),
      {
        request: { query: CreateReadingListShareLinkMutation, variables: { slug: 'rencontre-ecrans' } },
        result: { data: { createReadingListShareLink: url } },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Lien de partage' });
    expect(within(section).getByText('Aucun lien de partage actif.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Révoquer le lien' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Créer un lien de partage' }));

    const field = (await within(section).findByRole('textbox', {
      name: 'Nouveau lien de partage',
    })) as HTMLInputElement;
    expect(field.value).toBe(url);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(within(section).getByText(/Copiez ce lien maintenant/)).toBeTruthy();
    expect(within(section).getByText('Un lien de partage est actif.')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Remplacer le lien' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Révoquer le lien' })).toBeTruthy();

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Copier le lien' }));
    });
    expect(writeText).toHaveBeenCalledWith(url);
    expect(within(section).getByText('Lien copié.').getAttribute('role')).toBe('status');
  });

  it('links « Modifier la liste » and offers « Supprimer la liste »', async () => {
    renderPage([listMock(managed())]);
    expect((await screen.findByRole('link', { name: 'Modifier la liste' })).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans/modifier',
    );
    expect(screen.getByRole('button', { name: 'Supprimer la liste' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Qui a lu quoi' })).toBeTruthy();
    expect(screen.getByText('Personne n’a encore marqué de ressource comme lue.')).toBeTruthy();
  });
});

describe('ReadingListPage: adding resources from the list itself (issue 13, item 14)', () => {
  const hit = (slug: string, title: string) => ({
    __typename: 'QuickSearchHit',
    kind: 'resource',
    slug,
    detail: 'Lecture · 2013',
    title: [{ __typename: 'HighlightSegment', text: title }],
  });
  const suggestionsMock = {
    request: { query: ListResourceSuggestionsQuery, variables: { q: 'écrans' } },
    result: {
      data: {
        quickSearch: {
          __typename: 'QuickSearchResult',
          hits: [hit('ressource-a', 'Ressource a'), hit('apprivoiser-les-ecrans', 'Apprivoiser les écrans')],
        },
      },
    },
  };

  it('finds a resource by its words and adds it at the end in place, saying so; one already there says so', async () => {
    const added = item('c', 3, { resource: resource('apprivoiser-les-ecrans', 'Apprivoiser les écrans') });
    const mutation = jest.fn(() => ({
      data: { addReadingListItem: managed({ items: [item('a', 1), item('b', 2), added], version: 4 }) },
    }));
    renderPage([
      listMock(managed()),
      suggestionsMock,
      {
        request: {
          query: AddReadingListItemMutation,
          variables: { slug: 'rencontre-ecrans', resourceSlug: 'apprivoiser-les-ecrans', note: '' },
        },
        result: mutation,
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Ajouter des ressources' });
    fireEvent.change(within(section).getByRole('searchbox', { name: 'Chercher une ressource à ajouter' }), {
      target: { value: 'écrans' },
    });
    const results = await within(section).findByRole('list', { name: 'Ressources trouvées' });
    const [already, other] = within(results).getAllByRole('listitem');
    expect(within(already).getByText('Déjà dans la liste')).toBeTruthy();
    expect(within(already).queryByRole('button')).toBeNull();
    await act(async () => {
      fireEvent.click(within(other).getByRole('button', { name: `Ajouter ${q('Apprivoiser les écrans')} à la liste` }));
    });

    await waitFor(() => expect(mutation).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(status()).toBe(`${q('Apprivoiser les écrans')} a été ajoutée à la fin de la liste.`));
    // The list shows it at once (the mutation's answer), and the result now says it is there.
    expect(await screen.findByRole('link', { name: 'Apprivoiser les écrans' })).toBeTruthy();
    expect(within(other).getByText('Déjà dans la liste')).toBeTruthy();
  });

  it('is not offered to a reader who may not edit the list', async () => {
    renderPage([listMock(readingList({ items: [item('a', 1)] }))]);
    await screen.findByRole('heading', { level: 1, name: 'Rencontre écrans de mars' });
    expect(screen.queryByRole('region', { name: 'Ajouter des ressources' })).toBeNull();
  });
});

describe('ReadingListPage: who has not read, and « Relancer » (issue 13, item 13)', () => {
  beforeAll(() => {
    // jsdom has <dialog> without close(): the confirmation closes as a browser would close it.
    if (typeof HTMLDialogElement.prototype.close !== 'function') {
      HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
        this.removeAttribute('open');
      };
    }
  });

  const row = (who: ReturnType<typeof member>, readItemIds: string[]) => ({
    __typename: 'ReadingParticipant' as const,
    member: who,
    read: readItemIds.length,
    readItemIds,
  });

  it('shows everyone at 0/N too, and reminds those who read nothing (not the viewer) by mail', async () => {
    const camille = member('camille-durand', 'Camille Durand');
    camille.id = '7';
    const sophie = member('sophie-reynaud', 'Sophie Reynaud');
    const list = managed({ participants: [row(camille, []), row(claire, ['a']), row(sophie, []), row(yanis, [])] });
    const remind = jest.fn(() => ({ data: { remindReadingListUnread: 2 } }));
    renderPage([
      listMock(list),
      {
        request: { query: RemindReadingListUnreadMutation, variables: { slug: 'rencontre-ecrans' } },
        result: remind,
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Lecture de la liste, par participant·e' });
    const progress = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getByRole('rowheader').textContent, within(r).getAllByRole('cell')[0].textContent]);
    expect(progress).toEqual([
      ['Camille Durand', '0/2\u00a0lu'],
      ['Claire Mounier', '1/2\u00a0lu'],
      ['Sophie Reynaud', '0/2\u00a0lu'],
      ['Yanis Benali', '0/2\u00a0lu'],
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Relancer les 2\u00a0personnes qui n’ont rien lu' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Envoyer la relance' }));
    });
    await waitFor(() => expect(remind).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(status()).toBe('Relance envoyée à 2\u00a0personnes.'));
  });
});
