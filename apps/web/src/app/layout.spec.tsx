import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../test/render';
import { viewerMock } from '../test/viewer-mock';
import { Layout } from './layout';

function renderLayout(role: 'member' | null) {
  renderWithProviders(
    <MockedProvider mocks={[viewerMock(role)]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="/" element={<p>Accueil</p>} />
        </Route>
      </Routes>
    </MockedProvider>,
  );
}

describe('Layout: the main navigation', () => {
  it('offers a visitor to sign in to share, and brings them back to the form', async () => {
    renderLayout(null);
    const link = await screen.findByRole('link', { name: 'Se connecter pour partager' });
    expect(link.getAttribute('href')).toBe('/connexion?retour=%2Fressources%2Fnouvelle');
    expect(screen.queryByRole('link', { name: 'Ajouter une ressource' })).toBeNull();
  });

  it('offers a member to add a resource', async () => {
    renderLayout('member');
    // Once the viewer is known (the member's own links show), not while it loads.
    await screen.findByRole('link', { name: 'Quoi de neuf' });
    const link = screen.getByRole('link', { name: 'Ajouter une ressource' });
    expect(link.getAttribute('href')).toBe('/ressources/nouvelle');
    expect(screen.queryByRole('link', { name: 'Se connecter pour partager' })).toBeNull();
  });
});
