import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../../test/render';
import { viewer } from '../../../test/viewer-mock';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { SignOutMutation } from '../graphql/accounts.documents';
import { AccountMenu } from './account-menu';

const viewerMock = (value: ReturnType<typeof viewer> | null) => ({
  request: { query: ViewerQuery },
  result: { data: { viewer: value } },
});

function renderMenu(mocks: object[], route = '/') {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <>
        <AccountMenu />
        <Routes>
          <Route path="/connexion" element={<p>Page de connexion</p>} />
          <Route path="*" element={<p>Autre page</p>} />
        </Routes>
      </>
    </MockedProvider>,
    { route },
  );
}

describe('AccountMenu', () => {
  it('offers to sign in when signed out, coming back to the current page afterwards', async () => {
    renderMenu([viewerMock(null)], '/ressources/le-jeu');
    const link = await screen.findByRole('link', { name: 'Se connecter' });
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Fressources%2Fle-jeu');
  });

  it('shows the person’s name, opening their links; a coordinator may invite', async () => {
    renderMenu([viewerMock(viewer('coordinator'))]);
    const button = await screen.findByRole('button', { name: 'Camille Durand' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Mon profil' })).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Mon profil' }).getAttribute('href')).toBe('/profil');
    expect(screen.getByRole('link', { name: 'Inviter une personne' }).getAttribute('href')).toBe('/inviter');

    fireEvent.keyDown(screen.getByRole('link', { name: 'Mon profil' }), { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('does not offer invitations to a member', async () => {
    renderMenu([viewerMock(viewer('member'))]);
    fireEvent.click(await screen.findByRole('button', { name: 'Camille Durand' }));
    expect(screen.getByRole('link', { name: 'Mon profil' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Inviter une personne' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Administration des membres' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Thèmes' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Modération des commentaires' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Corbeille des ressources' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Liens cassés' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Importer une bibliographie' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Mes abonnements' }).getAttribute('href')).toBe('/suivis');
  });

  it('leads an admin to the members and the audit log, next to the invitations', async () => {
    renderMenu([viewerMock(viewer('admin'))]);
    fireEvent.click(await screen.findByRole('button', { name: 'Camille Durand' }));
    const links = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Mon profil', '/profil'],
      ['Mes favoris', '/favoris'],
      ['Mes abonnements', '/suivis'],
      ['Inviter une personne', '/inviter'],
      ['Thèmes', '/administration/themes'],
      ['Importer une bibliographie', '/importer'],
      ['Modération des commentaires', '/moderation'],
      ['Corbeille des ressources', '/administration/corbeille'],
      ['Liens cassés', '/administration/liens-casses'],
      ['Administration des membres', '/administration/membres'],
      ['Structures du réseau', '/administration/structures'],
      ['Journal d’audit', '/administration/journal'],
    ]);
  });

  it('leads a coordinator to the themes, not to the rest of the administration', async () => {
    renderMenu([viewerMock(viewer('coordinator'))]);
    fireEvent.click(await screen.findByRole('button', { name: 'Camille Durand' }));
    expect(screen.getByRole('link', { name: 'Inviter une personne' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Thèmes' }).getAttribute('href')).toBe('/administration/themes');
    expect(screen.getByRole('link', { name: 'Modération des commentaires' }).getAttribute('href')).toBe('/moderation');
    expect(screen.getByRole('link', { name: 'Corbeille des ressources' }).getAttribute('href')).toBe(
      '/administration/corbeille',
    );
    expect(screen.getByRole('link', { name: 'Liens cassés' }).getAttribute('href')).toBe(
      '/administration/liens-casses',
    );
    expect(screen.getByRole('link', { name: 'Importer une bibliographie' }).getAttribute('href')).toBe('/importer');
    expect(screen.queryByRole('link', { name: 'Administration des membres' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Journal d’audit' })).toBeNull();
  });

  it('signs out, asks the API again who is there, and shows the sign-in page', async () => {
    renderMenu([
      viewerMock(viewer('member')),
      { request: { query: SignOutMutation }, result: { data: { signOut: true } } },
      viewerMock(null),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Camille Durand' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    });

    await waitFor(() => expect(screen.getByRole('link', { name: 'Se connecter' })).toBeTruthy());
    expect(screen.getByText('Page de connexion')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Camille Durand' })).toBeNull();
  });
});
