import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock } from '../../../test/viewer-mock';
import { InvitePage } from './invite-page';

function renderPage(role: Role) {
  return renderWithProviders(
    <MockedProvider mocks={[viewerMock(role)] as never}>
      <InvitePage />
    </MockedProvider>,
    { route: '/inviter' },
  );
}

describe('InvitePage', () => {
  it('offers the other admin pages like every admin page does (issue 13, item 20)', async () => {
    renderPage('coordinator');
    const nav = await screen.findByRole('navigation', { name: 'Administration' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/administration/themes',
      '/moderation',
      '/administration/corbeille',
      '/administration/liens-casses',
      '/importer',
    ]);
  });
});
