import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createCache } from '../apollo-client';
import { renderWithProviders } from '../../test/render';
import { viewerMock } from '../../test/viewer-mock';
import { CreateReadingListCommentMutation } from '../../features/comments/graphql/comment.documents';
import { eventLink } from '../../test/fixtures/event.fixtures';
import {
  MarkReadingListItemReadMutation,
  MoveReadingListItemMutation,
  ReadingListQuery,
} from '../../features/reading-lists/graphql/reading-lists.documents';
import {
  comment,
  item,
  listCommentsMock,
  readingList,
  resource,
  yanis,
  type ItemFixture,
} from '../../test/fixtures/reading-list.fixtures';
import { ReadingListPage } from '../../features/reading-lists/pages/reading-list-page';
import { readingListSlots } from './reading-list-route';

/** « Titre » with the no-break spaces French typography puts inside the quotes (accessible names keep them). */
const q = (title: string) => `«\u00a0${title}\u00a0»`;
/** The same in text queries, whose default normaliser turns every space into a plain one. */
const qt = (title: string) => `« ${title} »`;

const listMock = (list: ReturnType<typeof readingList>, shareToken: string | null = null) => ({
  request: { query: ReadingListQuery, variables: { slug: 'rencontre-ecrans', shareToken } },
  result: { data: { readingList: list } },
});

const abc = () => [item('a', 1), item('b', 2), item('c', 3)];
const ordered = (items: ItemFixture[]) => items.map((entry, index) => ({ ...entry, position: index + 1 }));

/** The list's comments are asked too: none unless a test gives its own answers (they come first). */
function renderPage(mocks: object[], route = '/listes/rencontre-ecrans') {
  return renderWithProviders(
    <MockedProvider mocks={[...mocks, listCommentsMock()] as never} cache={createCache()}>
      <Routes>
        <Route path="/listes/:slug" element={<ReadingListPage slots={readingListSlots} />} />
      </Routes>
    </MockedProvider>,
    { route },
  );
}

const itemTitles = () =>
  within(screen.getByRole('region', { name: 'Ressources de la liste' }))
    .getAllByRole('listitem')
    .map((entry) => entry.querySelector('h3')?.textContent ?? entry.querySelector('.reading-item-title')?.textContent);

describe('ReadingListPage', () => {
  it('shows available, restricted and deleted items plainly, with notes, « J’ai lu » boxes and one’s progress', async () => {
    const list = readingList({
      items: [
        item('a', 1, { note: 'À lire en premier.\nSurtout le chapitre 2.', viewerRead: true }),
        item('b', 2, { availability: 'RESTRICTED', resource: null }),
        item('c', 3, { availability: 'DELETED', resource: null, titleSnapshot: 'Ancien guide' }),
      ],
      viewerRead: 1,
    });
    renderPage([viewerMock(), listMock(list)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rencontre écrans de mars' })).toBeTruthy();
    expect(screen.getByText(/Pour préparer la rencontre\.\s+À lire avant le 12\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Claire Mounier' }).getAttribute('href')).toBe('/membres/claire-mounier');
    expect(screen.getByText('Réseau (membres connectés)')).toBeTruthy();

    const section = screen.getByRole('region', { name: 'Ressources de la liste' });
    const entries = within(section).getAllByRole('listitem');
    expect(section.querySelector('ol')).toBeTruthy();
    expect(entries).toHaveLength(3);
    const available = within(entries[0]).getByRole('link', { name: 'Ressource a' });
    expect(available.getAttribute('href')).toBe('/ressources/ressource-a');
    expect(entries[0].textContent).toContain('Serge Tisseron');
    expect(entries[0].textContent).toContain('2013');
    expect(within(entries[0]).getByText('Lecture')).toBeTruthy();
    expect(entries[0].querySelector('.reading-item-note')?.textContent).toBe(
      'Note\u00a0: À lire en premier.\nSurtout le chapitre 2.',
    );
    expect(within(entries[1]).getByText('Ressource réservée : vous n’y avez pas accès.')).toBeTruthy();
    expect(within(entries[1]).queryByRole('link')).toBeNull();
    expect(within(entries[2]).getByText('« Ancien guide » a été retirée de la bibliothèque.')).toBeTruthy();

    const read = screen.getByRole('checkbox', { name: `J’ai lu ${q('Ressource a')}` }) as HTMLInputElement;
    expect(read.checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: `J’ai lu ${q('Ancien guide')}` }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(screen.getByRole('checkbox', { name: `J’ai lu ${q('Ressource réservée n°\u00a02')}` })).toBeTruthy();

    expect(screen.getByText('1/3 lu', { selector: 'strong' })).toBeTruthy();
    const progress = screen.getByRole('progressbar', { name: 'Votre progression de lecture' });
    expect(progress.getAttribute('value')).toBe('1');
    expect(progress.getAttribute('max')).toBe('3');

    // Someone who may not edit: no reordering, no note editing, no « Qui a lu quoi ».
    expect(screen.queryByRole('button', { name: /^Monter/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Modifier la note/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Qui a lu quoi' })).toBeNull();
    expect(screen.queryByText('Vous consultez cette liste par un lien de partage (lecture seule).')).toBeNull();
    expect(screen.getByRole('link', { name: 'Télécharger en PDF' }).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans/export.pdf',
    );
  });

  it('says under the title which meeting the list prepares, with a link to the event', async () => {
    const meeting = eventLink('rencontre-education-medias', 'Rencontre du réseau éducation aux médias');
    renderPage([viewerMock(), listMock(readingList({ meetings: [meeting] }))]);
    const link = await screen.findByRole('link', { name: 'Rencontre du réseau éducation aux médias' });
    expect(link.getAttribute('href')).toBe('/evenements/rencontre-education-medias');
    expect(link.closest('p')?.textContent).toBe(
      'Pour\u00a0: Rencontre du réseau éducation aux médias, jeudi 10 décembre 2026',
    );
  });

  it('gives a meeting’s day in the meeting’s own time zone, not in Paris’s', async () => {
    // 07:00 on Friday in Nouméa is still Thursday evening in Paris.
    const meeting = eventLink('rencontre-noumea', 'Rencontre du réseau calédonien', {
      startsAt: '2026-12-10T20:00:00.000Z',
      timeZone: 'Pacific/Noumea',
    });
    renderPage([viewerMock(), listMock(readingList({ meetings: [meeting] }))]);
    const link = await screen.findByRole('link', { name: 'Rencontre du réseau calédonien' });
    expect(link.closest('p')?.textContent).toBe(
      'Pour\u00a0: Rencontre du réseau calédonien, vendredi 11 décembre 2026',
    );
  });

  it('when the server cannot make PDFs, shows the PDF link disabled with the reason; the other exports stay links', async () => {
    renderPage([viewerMock(), listMock(readingList({ items: abc(), pdfExportAvailable: false }))]);
    const exports = await screen.findByRole('region', { name: 'Exporter' });
    const pdf = within(exports).getByRole('link', { name: 'Télécharger en PDF' });
    expect(pdf.getAttribute('href')).toBeNull();
    expect(pdf.getAttribute('aria-disabled')).toBe('true');
    expect(pdf.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(pdf.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Export PDF indisponible : le serveur n’a pas Chromium. Les autres formats fonctionnent.',
    );
    expect(within(exports).getByRole('link', { name: 'Télécharger en CSV' }).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans/export.csv',
    );
  });

  it('says a list is read through a share link, read only, and keeps the token in the export links', async () => {
    const list = readingList({ items: abc(), viaShareLink: true });
    renderPage([viewerMock(null), listMock(list, 'secret')], '/listes/rencontre-ecrans?partage=secret');

    expect(await screen.findByText('Vous consultez cette liste par un lien de partage (lecture seule).')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Claire Mounier' })).toBeNull();
    const exports = screen.getByRole('region', { name: 'Exporter' });
    expect(within(exports).getByRole('link', { name: 'Télécharger en PDF' }).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans/export.pdf?partage=secret',
    );
    expect(within(exports).getByRole('link', { name: 'Ouvrir la page imprimable' }).getAttribute('href')).toBe(
      '/listes/rencontre-ecrans/impression?partage=secret',
    );
    // The discussion is the network's: not shown through a share link.
    expect(screen.queryByRole('region', { name: 'Commentaires' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Connectez-vous pour commenter' })).toBeNull();
    expect(
      within(exports)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Télécharger en PDF',
      'Ouvrir la page imprimable',
      'Télécharger en Markdown',
      'Télécharger en CSV',
      'Télécharger en RIS',
      'Télécharger en BibTeX',
      'Télécharger en CSL-JSON',
    ]);
  });

  it('shows the list’s comments after its items, where a member publishes one on the list', async () => {
    let sent: unknown = null;
    const first = { ...comment('c1'), replies: [] };
    const created = comment('c2', {
      author: null,
      html: '<p>Merci pour la sélection</p>',
      markdown: 'Merci pour la sélection',
    });
    renderPage([
      viewerMock(),
      listMock(readingList({ items: abc() })),
      listCommentsMock([first]),
      {
        request: {
          query: CreateReadingListCommentMutation,
          variables: { listSlug: 'rencontre-ecrans', markdown: 'Merci pour la sélection', parentId: null },
        },
        result: (variables: unknown) => {
          sent = variables;
          return { data: { createReadingListComment: created } };
        },
      },
      listCommentsMock([first, { ...created, replies: [] }]),
    ]);

    const section = await screen.findByRole('region', { name: 'Commentaires' });
    const items = screen.getByRole('region', { name: 'Ressources de la liste' });
    expect(items.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(section).getByRole('heading', { level: 2, name: 'Commentaires' })).toBeTruthy();
    expect(await within(section).findByText('Le chapitre 2 d’abord.')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Signaler' })).toBeTruthy();

    const field = within(section).getByRole('combobox', { name: 'Votre commentaire (Markdown)' });
    fireEvent.change(field, { target: { value: 'Merci pour la sélection' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Publier le commentaire' }));

    expect(await within(section).findByText('Votre commentaire est publié.')).toBeTruthy();
    expect(sent).toEqual({ listSlug: 'rencontre-ecrans', markdown: 'Merci pour la sélection', parentId: null });
    const thread = within(section).getByRole('list', { name: 'Commentaires, du plus ancien au plus récent' });
    expect(within(thread).getAllByRole('article')).toHaveLength(2);
    expect(within(thread).getByText('Merci pour la sélection')).toBeTruthy();
  });

  it('scrolls to the comment a notification links to and puts focus on it, once the comments are there', async () => {
    // jsdom does not scroll: record which element was asked to.
    const scrolled: Element[] = [];
    const { scrollIntoView } = Element.prototype;
    Element.prototype.scrollIntoView = function record(this: Element) {
      scrolled.push(this);
    };
    try {
      const comments = listCommentsMock([{ ...comment('c1'), replies: [comment('c2')] }]);
      renderPage([viewerMock(), listMock(readingList()), comments], '/listes/rencontre-ecrans#commentaire-c2');
      await waitFor(() => expect(document.activeElement?.id).toBe('commentaire-c2'));
      expect(document.activeElement?.textContent).toContain('Le chapitre 2 d’abord.');
      expect(scrolled).toEqual([document.activeElement]);
    } finally {
      Element.prototype.scrollIntoView = scrollIntoView;
    }
  });

  it('invites visitors to sign in to comment on a public list, with the way back', async () => {
    renderPage([viewerMock(null), listMock(readingList({ visibility: 'public' }))]);
    const section = await screen.findByRole('region', { name: 'Commentaires' });
    expect(await within(section).findByText('Pas encore de commentaire.')).toBeTruthy();
    const link = within(section).getByRole('link', { name: 'Connectez-vous pour commenter' });
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Flistes%2Frencontre-ecrans');
    expect(within(section).queryByRole('combobox')).toBeNull();
  });

  it('moves an item up with « Monter », sending the item it goes after, and says where it went', async () => {
    let sent: unknown = null;
    const list = readingList({ items: abc(), viewerCanEdit: true });
    const moved = readingList({
      items: ordered([item('a', 1), item('c', 3), item('b', 2)]),
      viewerCanEdit: true,
      version: 4,
    });
    const moveMock = {
      request: { query: MoveReadingListItemMutation, variables: { itemId: 'c', afterItemId: 'a' } },
      result: (variables: unknown) => {
        sent = variables;
        return { data: { moveReadingListItem: moved } };
      },
      delay: 100,
    };
    renderPage([viewerMock(), listMock(list), moveMock]);

    const up = await screen.findByRole('button', { name: `Monter ${q('Ressource c')}` });
    expect(screen.getByRole('button', { name: `Monter ${q('Ressource a')}` }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: `Descendre ${q('Ressource c')}` }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: `Déplacer ${q('Ressource b')}` })).toBeTruthy();

    fireEvent.click(up);
    // At once (optimistic, before the server's answer), then from the server's answer.
    await waitFor(() => expect(itemTitles()).toEqual(['Ressource a', 'Ressource c', 'Ressource b']));
    expect(screen.queryByText(`${qt('Ressource c')} déplacé en position 2 sur 3.`)).toBeNull();
    expect(await screen.findByText(`${qt('Ressource c')} déplacé en position 2 sur 3.`)).toBeTruthy();
    expect(sent).toEqual({ itemId: 'c', afterItemId: 'a' });
    expect(itemTitles()).toEqual(['Ressource a', 'Ressource c', 'Ressource b']);
    expect(
      screen.getByText(`${qt('Ressource c')} déplacé en position 2 sur 3.`).closest('[role="status"]'),
    ).toBeTruthy();
  });

  it('puts an item first with afterItemId null', async () => {
    const list = readingList({ items: abc(), viewerCanEdit: true });
    const moved = readingList({ items: ordered([item('b', 2), item('a', 1), item('c', 3)]), viewerCanEdit: true });
    renderPage([
      viewerMock(),
      listMock(list),
      {
        request: { query: MoveReadingListItemMutation, variables: { itemId: 'b', afterItemId: null } },
        result: { data: { moveReadingListItem: moved } },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: `Monter ${q('Ressource b')}` }));
    expect(await screen.findByText(`${qt('Ressource b')} déplacé en position 1 sur 3.`)).toBeTruthy();
    expect(itemTitles()).toEqual(['Ressource b', 'Ressource a', 'Ressource c']);
  });

  it('says when a collaborator changed the list meanwhile, and shows the list as it is now', async () => {
    const list = readingList({ items: abc(), viewerCanEdit: true });
    const now = readingList({ items: ordered([item('a', 1), item('c', 3)]), viewerCanEdit: true, version: 5 });
    renderPage([
      viewerMock(),
      listMock(list),
      {
        request: { query: MoveReadingListItemMutation, variables: { itemId: 'a', afterItemId: 'b' } },
        result: {
          errors: [{ message: 'La liste a changé entre-temps.', extensions: { code: ERROR_CODES.conflict } }],
        },
      },
      listMock(now),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: `Descendre ${q('Ressource a')}` }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`La liste a changé entre-temps (un·e collaborateur·rice l’a modifiée)`);
    expect(alert.textContent).toContain(q('Ressource a'));
    await waitFor(() => expect(itemTitles()).toEqual(['Ressource a', 'Ressource c']));
  });

  it('marks an item read: the box and the progress follow, and it is said', async () => {
    const list = readingList({ items: abc(), viewerRead: 1, participants: [] });
    const after = readingList({
      items: [item('a', 1), item('b', 2, { viewerRead: true }), item('c', 3)],
      viewerRead: 2,
    });
    let sent = false;
    renderPage([
      viewerMock(),
      listMock(list),
      {
        request: { query: MarkReadingListItemReadMutation, variables: { itemId: 'b', read: true } },
        result: () => {
          sent = true;
          return { data: { markReadingListItemRead: after } };
        },
      },
    ]);
    const box = (await screen.findByRole('checkbox', { name: `J’ai lu ${q('Ressource b')}` })) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(await screen.findByText(`Vous avez lu ${qt('Ressource b')}.`)).toBeTruthy();
    expect(sent).toBe(true);
    expect(screen.getByText('2/3 lus', { selector: 'strong' })).toBeTruthy();
  });

  it('shows the team who read what, as a table', async () => {
    const list = readingList({
      items: [item('a', 1), item('b', 2, { resource: resource('r-b', 'Les écrans et nous') }), item('c', 3)],
      viewerCanEdit: true,
      participants: [{ __typename: 'ReadingParticipant' as const, member: yanis, read: 2, readItemIds: ['c', 'b'] }],
    });
    renderPage([viewerMock(), listMock(list)]);
    const table = await screen.findByRole('table', { name: 'Lecture de la liste, par participant·e' });
    const row = within(table).getByRole('row', { name: /Yanis Benali/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Yanis Benali');
    expect(row.textContent).toContain('2/3\u00a0lus');
    // In the list's order.
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((entry) => entry.textContent),
    ).toEqual(['Les écrans et nous', 'Ressource c']);
  });
});
