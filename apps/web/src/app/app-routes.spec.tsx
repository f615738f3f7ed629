import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { viewerMock } from '../test/viewer-mock';
import { AppRoutes } from './app-routes';
import { lazyPart, SectionBoundary } from './lazy-part';

function renderRoute(route: string) {
  renderWithProviders(
    <MockedProvider mocks={[viewerMock(null)]}>
      <AppRoutes />
    </MockedProvider>,
    { route },
  );
}

// Every page but the search and a resource's page is a chunk loaded when first opened (decision 0045).
describe('AppRoutes: pages loaded on demand', () => {
  it('opens such a page (the sign-in form) inside the layout once its code has arrived', async () => {
    renderRoute('/connexion');
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Connexion' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    expect(document.title).toContain('Connexion');
  });

  it('says the page is loading in a live region while its code is on its way', () => {
    const Waiting = lazyPart(() => new Promise<Record<'Never', () => null>>(() => undefined), 'Never');
    const { container } = renderWithProviders(
      <SectionBoundary>
        <Waiting />
      </SectionBoundary>,
    );
    expect(within(container).getByRole('status')).toBeTruthy();
  });
});
