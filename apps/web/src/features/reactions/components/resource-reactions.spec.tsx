import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactionKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { ToggleReactionMutation } from '../graphql/reaction.documents';
import { ResourceReactions } from './resource-reactions';

const camille = { __typename: 'Member' as const, id: '7', name: 'Camille Durand' };
const yanis = { __typename: 'Member' as const, id: '3', name: 'Yanis Benali' };

const reaction = (kind: ReactionKind, members: (typeof camille)[], viewerReacted: boolean) => ({
  __typename: 'ReactionCount' as const,
  kind,
  count: members.length,
  viewerReacted,
  members,
});

const resource = {
  __typename: 'Resource' as const,
  id: '42',
  reactions: [
    reaction('useful', [camille, yanis], false),
    reaction('tested', [yanis], true),
    reaction('toRead', [], false),
  ],
  bookmarked: false,
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

function renderReactions(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <ResourceReactions resourceSlug="le-jeu-des-ecrans" resource={resource} />
    </MockedProvider>,
    { route: '/ressources/le-jeu-des-ecrans' },
  );
}

describe('ResourceReactions', () => {
  it('shows each count as a toggle button described by who reacted, and sends toggleReaction', async () => {
    let sent = false;
    const toggleMock = {
      request: { query: ToggleReactionMutation, variables: { resourceSlug: 'le-jeu-des-ecrans', kind: 'useful' } },
      result: () => {
        sent = true;
        return {
          data: {
            toggleReaction: [
              reaction('useful', [camille, yanis, camille], true),
              reaction('tested', [yanis], true),
              reaction('toRead', [], false),
            ],
          },
        };
      },
    };
    renderReactions([viewerMock(true), toggleMock]);

    const useful = await screen.findByRole('button', { name: 'Utile (2)' });
    expect(useful.getAttribute('aria-pressed')).toBe('false');
    const describedBy = useful.getAttribute('aria-describedby');
    expect(describedBy && document.getElementById(describedBy)?.textContent).toBe('Camille Durand, Yanis Benali');
    expect(screen.getByRole('button', { name: 'Testé sur le terrain (1)' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'À lire (0)' }).getAttribute('aria-describedby')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ajouter aux favoris' }).getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(useful);
    await waitFor(() => expect(sent).toBe(true));
  });

  it('shows the counts to a visitor, with the way to sign in to react', async () => {
    renderReactions([viewerMock(false)]);
    const link = await screen.findByRole('link', { name: 'Connectez-vous pour réagir' });
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Fressources%2Fle-jeu-des-ecrans');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Utile (2)')).toBeTruthy();
  });
});
