import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import {
  CreateReadingListCommentMutation,
  ReadingListCommentsQuery,
  ReportCommentMutation,
  ResourceCommentsQuery,
} from '../graphql/comment.documents';
import { CommentSection } from './comment-section';

const camille = { __typename: 'Member' as const, id: '7', slug: 'camille-durand', name: 'Camille Durand' };
const yanis = { __typename: 'Member' as const, id: '3', slug: 'yanis-benali', name: 'Yanis Benali' };

const comment = (id: string, overrides: object = {}) => ({
  __typename: 'Comment' as const,
  id,
  author: yanis,
  html: '<p>Très <strong>utile</strong> <a href="https://a.b" onclick="alert(1)">ici</a></p><script>alert(1)</script>',
  markdown: 'Très **utile** [ici](https://a.b)',
  createdAt: '2026-03-01T10:00:00.000Z',
  edited: false,
  deleted: false,
  hidden: false,
  viewerCanEdit: false,
  viewerCanReport: false,
  viewerReported: false,
  ...overrides,
});

const resource = {
  __typename: 'Resource' as const,
  id: '42',
  comments: [
    {
      ...comment('1', { edited: true }),
      replies: [
        comment('2', { author: camille, viewerCanEdit: true }),
        comment('3', { deleted: true, html: '', markdown: '' }),
      ],
    },
    { ...comment('4', { hidden: true, html: '' }), replies: [] },
  ],
};

const commentsMock = {
  request: { query: ResourceCommentsQuery, variables: { slug: 'le-jeu-des-ecrans' } },
  result: { data: { resource } },
};

const viewerMock = (signedIn: boolean) => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: signedIn
        ? {
            __typename: 'Viewer' as const,
            id: '7',
            slug: 'camille-durand',
            name: 'Camille Durand',
            email: 'camille.durand@example.org',
            role: 'member',
            title: null,
            organisation: null,
            expertise: [],
          }
        : null,
    },
  },
});

function renderSection(signedIn: boolean, mocks: object[] = [commentsMock]) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(signedIn), ...mocks] as never}>
      <CommentSection subject={{ kind: 'resource', slug: 'le-jeu-des-ecrans' }} />
    </MockedProvider>,
    { route: '/ressources/le-jeu-des-ecrans' },
  );
}

describe('CommentSection', () => {
  it('links each comment’s author and a mention to the member’s page, opened inside the app (issue 13, item 16)', async () => {
    const mentioning = {
      ...resource,
      comments: [
        {
          ...comment('1', {
            html: '<p>Merci <a href="/membres/camille-durand">@Camille Durand</a> !</p>',
            markdown: 'Merci @camille-durand !',
          }),
          replies: [],
        },
      ],
    };
    renderWithProviders(
      <MockedProvider
        mocks={
          [viewerMock(true), { request: commentsMock.request, result: { data: { resource: mentioning } } }] as never
        }
      >
        <Routes>
          <Route
            path="/ressources/:slug"
            element={<CommentSection subject={{ kind: 'resource', slug: 'le-jeu-des-ecrans' }} />}
          />
          <Route path="/membres/:slug" element={<h1>Page du membre</h1>} />
        </Routes>
      </MockedProvider>,
      { route: '/ressources/le-jeu-des-ecrans' },
    );
    const mention = await screen.findByRole('link', { name: '@Camille Durand' });
    expect(mention.getAttribute('href')).toBe('/membres/camille-durand');
    expect(mention.getAttribute('rel')).toBeNull();
    expect(screen.getByRole('link', { name: 'Yanis Benali' }).getAttribute('href')).toBe('/membres/yanis-benali');
    fireEvent.click(mention);
    expect(await screen.findByRole('heading', { name: 'Page du membre' })).toBeTruthy();
  });

  it('lists comments with replies nested, placeholders for deleted and hidden ones, and opens the reply form', async () => {
    const { container } = renderSection(true);
    expect(screen.getByRole('heading', { level: 2, name: 'Commentaires' })).toBeTruthy();
    expect(await screen.findByText('Commentaire supprimé')).toBeTruthy();
    expect(screen.getByText('Commentaire masqué par la modération')).toBeTruthy();
    expect(screen.getByText('· modifié', { exact: false })).toBeTruthy();
    expect(container.querySelectorAll('.comment-list > li > .comment-replies > li')).toHaveLength(2);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onclick]')).toBeNull();
    expect(container.querySelector('.comment-body a')?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    // Only the author's reply can be edited.
    expect(screen.getAllByRole('button', { name: 'Modifier' })).toHaveLength(1);

    const newField = await screen.findByLabelText('Votre commentaire (Markdown)');
    expect(newField.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('**gras**, *italique*, listes, liens')).toBeTruthy();

    // Replies only under top-level comments that are still there.
    const replyButtons = screen.getAllByRole('button', { name: 'Répondre' });
    expect(replyButtons).toHaveLength(1);
    fireEvent.click(replyButtons[0]);
    expect(screen.getAllByLabelText('Votre commentaire (Markdown)')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Publier la réponse' })).toBeTruthy();
    expect(container.querySelector('.comment-list > li > .comment-reply-form textarea')).toBe(document.activeElement);
  });

  it('invites visitors to sign in, with the way back', async () => {
    renderSection(false);
    const link = await screen.findByRole('link', { name: 'Connectez-vous pour commenter' });
    await screen.findByText('Commentaire supprimé');
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Fressources%2Fle-jeu-des-ecrans');
    expect(screen.queryByLabelText('Votre commentaire (Markdown)')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Répondre' })).toBeNull();
  });
});

describe('Reporting a comment', () => {
  const reportable = (overrides: object = {}) => ({
    request: { query: ResourceCommentsQuery, variables: { slug: 'le-jeu-des-ecrans' } },
    result: {
      data: {
        resource: {
          __typename: 'Resource' as const,
          id: '42',
          comments: [{ ...comment('1', { viewerCanReport: true, ...overrides }), replies: [] }],
        },
      },
    },
  });
  const reportMock = (reason: string, result: object) => ({
    request: { query: ReportCommentMutation, variables: { id: '1', reason } },
    result,
  });

  it('opens a small form from « Signaler », requires a reason, sends it and says the report was sent', async () => {
    const { container } = renderSection(true, [
      reportable(),
      reportMock('Propos insultants', { data: { reportComment: true } }),
      reportable({ viewerReported: true }),
    ]);
    const open = await screen.findByRole('button', { name: 'Signaler' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Signaler le commentaire de Yanis Benali' });
    const reason = within(form).getByLabelText('Motif du signalement (obligatoire)');
    expect(document.activeElement).toBe(reason);

    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Indiquez le motif du signalement.')).toBeTruthy();

    fireEvent.change(reason, { target: { value: '  Propos insultants ' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));
    });

    const sent = await screen.findByText('Signalement envoyé aux coordinateur·rices');
    expect(sent.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(sent));
    expect(screen.queryByRole('button', { name: 'Signaler' })).toBeNull();
    expect(screen.queryByRole('form', { name: /^Signaler/ })).toBeNull();
    expect(container.querySelector('#commentaire-1')).toBeTruthy();
  });

  it('closes the form with « Annuler », back on « Signaler »', async () => {
    renderSection(true, [reportable()]);
    fireEvent.click(await screen.findByRole('button', { name: 'Signaler' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('form', { name: /^Signaler/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Signaler' }));
  });

  it('shows the API’s message about the reason under the field', async () => {
    const issue = {
      field: 'reason',
      rule: 'minLength',
      message: 'Motif du signalement\u00a0: 3\u00a0caractères au minimum.',
    };
    renderSection(true, [
      reportable(),
      reportMock('abc', {
        errors: [{ message: 'Données invalides', extensions: { code: ERROR_CODES.badUserInput, issues: [issue] } }],
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Signaler' }));
    const reason = screen.getByLabelText('Motif du signalement (obligatoire)');
    fireEvent.change(reason, { target: { value: 'abc' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    });
    // The matcher collapses the no-break spaces of the page's text.
    expect(await screen.findByText(issue.message.replace(/\u00a0/g, ' '))).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
  });

  it('says the report was sent, instead of the button, while it awaits a decision', async () => {
    renderSection(true, [reportable({ viewerReported: true })]);
    expect(await screen.findByText('Signalement envoyé aux coordinateur·rices')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Signaler' })).toBeNull();
  });

  it('offers nothing to report on one’s own comments, nor to visitors', async () => {
    renderSection(false, [reportable({ viewerCanReport: false })]);
    await screen.findByText(/Très/);
    expect(screen.queryByRole('button', { name: 'Signaler' })).toBeNull();
    expect(screen.queryByText('Signalement envoyé aux coordinateur·rices')).toBeNull();
  });
});

describe('CommentSection on a reading list', () => {
  const listComments = (comments: object[]) => ({
    request: { query: ReadingListCommentsQuery, variables: { slug: 'rencontre-ecrans' } },
    result: { data: { readingList: { __typename: 'ReadingList' as const, id: 'list-1', comments } } },
  });
  const first = { ...comment('1'), replies: [] };

  function renderListSection(mocks: object[]) {
    return renderWithProviders(
      <MockedProvider mocks={[viewerMock(true), ...mocks] as never}>
        <CommentSection subject={{ kind: 'readingList', slug: 'rencontre-ecrans' }} />
      </MockedProvider>,
      { route: '/listes/rencontre-ecrans' },
    );
  }

  it('publishes a comment on the list, then shows the list’s comments as the API gives them again', async () => {
    let sent: unknown = null;
    const created = comment('5', {
      author: camille,
      html: '<p>À lire avant jeudi</p>',
      markdown: 'À lire avant jeudi',
      viewerCanEdit: true,
    });
    renderListSection([
      listComments([first]),
      {
        request: {
          query: CreateReadingListCommentMutation,
          variables: { listSlug: 'rencontre-ecrans', markdown: 'À lire avant jeudi', parentId: null },
        },
        result: (variables: unknown) => {
          sent = variables;
          return { data: { createReadingListComment: created } };
        },
      },
      listComments([first, { ...created, replies: [] }]),
    ]);
    const section = screen.getByRole('region', { name: 'Commentaires' });
    expect(await within(section).findByText(/Très/)).toBeTruthy();

    const field = await within(section).findByRole('combobox', { name: 'Votre commentaire (Markdown)' });
    fireEvent.change(field, { target: { value: ' À lire avant jeudi ' } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Publier le commentaire' }));
    });

    expect((await within(section).findByText('Votre commentaire est publié.')).closest('[role="status"]')).toBeTruthy();
    expect(sent).toEqual({ listSlug: 'rencontre-ecrans', markdown: 'À lire avant jeudi', parentId: null });
    const list = within(section).getByRole('list', { name: 'Commentaires, du plus ancien au plus récent' });
    expect(within(list).getByText('À lire avant jeudi')).toBeTruthy();
    expect((field as HTMLTextAreaElement).value).toBe('');
  });

  it('replies under a comment of the list, then puts focus back on « Répondre »', async () => {
    const reply = comment('6', { author: camille, html: '<p>D’accord</p>', markdown: 'D’accord' });
    renderListSection([
      listComments([first]),
      {
        request: {
          query: CreateReadingListCommentMutation,
          variables: { listSlug: 'rencontre-ecrans', markdown: 'D’accord', parentId: '1' },
        },
        result: { data: { createReadingListComment: reply } },
      },
      listComments([{ ...first, replies: [reply] }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Répondre' }));
    fireEvent.change(document.activeElement as HTMLTextAreaElement, { target: { value: 'D’accord' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Publier la réponse' }));
    });

    const replies = await screen.findByRole('list', { name: 'Réponses à Yanis Benali' });
    expect(within(replies).getByText('D’accord')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Répondre' })));
    expect(screen.getByText('Votre réponse est publiée.').closest('[role="status"]')).toBeTruthy();
  });

  it('reports a comment of the list and asks the list’s comments again', async () => {
    renderListSection([
      listComments([{ ...comment('1', { viewerCanReport: true }), replies: [] }]),
      {
        request: { query: ReportCommentMutation, variables: { id: '1', reason: 'Hors sujet' } },
        result: { data: { reportComment: true } },
      },
      listComments([{ ...comment('1', { viewerCanReport: true, viewerReported: true }), replies: [] }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Signaler' }));
    fireEvent.change(screen.getByLabelText('Motif du signalement (obligatoire)'), { target: { value: 'Hors sujet' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Envoyer le signalement' }));
    });
    expect(await screen.findByText('Signalement envoyé aux coordinateur·rices')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Signaler' })).toBeNull();
  });
});
