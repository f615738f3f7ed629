import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { InvitationQuery } from '../graphql/accounts.documents';
import { InvitationPage } from './invitation-page';

const answer = (invitationStatus: 'INVALID' | 'REVOKED') => ({
  request: { query: InvitationQuery, variables: { token: 'jeton-123' } },
  result: { data: { invitation: null, invitationStatus } },
});

function renderPage(mock: object) {
  return renderWithProviders(
    <MockedProvider mocks={[mock] as never}>
      <InvitationPage />
    </MockedProvider>,
    { route: '/invitation?jeton=jeton-123' },
  );
}

describe('InvitationPage', () => {
  it('says in French that an admin revoked the invitation', async () => {
    renderPage(answer('REVOKED'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cette invitation a été révoquée' })).toBeTruthy();
    expect(screen.getByText(/L’administration du réseau a annulé cette invitation/)).toBeTruthy();
    expect(document.title).toMatch(/^Cette invitation a été révoquée/);
  });

  it('says a used, expired or replaced link is no longer valid', async () => {
    renderPage(answer('INVALID'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cette invitation n’est plus valable' })).toBeTruthy();
  });
});
