import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { ChangeRoleMutation, MemberAccountsQuery } from '../graphql/admin.documents';
import { MembersPage } from './members-page';

const viewerMock = (role: Role) => ({
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: '8',
        slug: 'administrateur',
        name: 'Administrateur',
        email: 'admin@example.org',
        role,
        title: null,
        organisation: null,
        expertise: [],
      },
    },
  },
});

const lea = (role: Role) => ({
  __typename: 'MemberAccount',
  id: '6',
  slug: 'lea-girard',
  name: 'Léa Girard',
  email: 'lea.girard@example.org',
  role,
  lastSignInAt: '2025-03-12T13:05:00.000Z',
  organisation: { __typename: 'Organisation', id: '3', slug: 'crefe', name: 'CREFE' },
});

const admin = {
  __typename: 'MemberAccount',
  id: '8',
  slug: 'administrateur',
  name: 'Administrateur',
  email: 'admin@example.org',
  role: 'admin',
  lastSignInAt: null,
  organisation: null,
};

const membersMock = {
  request: { query: MemberAccountsQuery },
  result: { data: { memberAccounts: [admin, lea('member')] } },
};

function renderPage(mocks: object[]) {
  return renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <MembersPage />
    </MockedProvider>,
    { route: '/administration/membres' },
  );
}

describe('MembersPage', () => {
  it('lists the members with their organisation, role and last sign-in, in French', async () => {
    renderPage([viewerMock('admin'), membersMock]);
    const table = await screen.findByRole('table', { name: 'Membres du réseau (2)' });
    const row = within(table).getByRole('row', { name: /Léa Girard/ });
    expect(within(row).getByRole('rowheader').textContent).toBe('Léa Girard');
    expect(within(row).getByText('lea.girard@example.org')).toBeTruthy();
    expect(within(row).getByText('CREFE')).toBeTruthy();
    expect(within(row).getByText(/^12 mars 2025/)).toBeTruthy();
    expect((within(row).getByLabelText('Rôle de Léa Girard') as HTMLSelectElement).value).toBe('member');
    expect(within(table).getByRole('columnheader', { name: 'Dernière connexion' })).toBeTruthy();
    const adminRow = within(table).getByRole('row', { name: /Administrateur \(vous\)/ });
    expect(within(adminRow).getByText('Aucune')).toBeTruthy();
    expect(within(adminRow).getByText('Jamais')).toBeTruthy();
  });

  it('changes a role with changeRole and announces it', async () => {
    const changed = jest.fn(() => ({ data: { changeRole: lea('coordinator') } }));
    renderPage([
      viewerMock('admin'),
      membersMock,
      {
        request: { query: ChangeRoleMutation, variables: { memberSlug: 'lea-girard', role: 'coordinator' } },
        result: changed,
      },
    ]);
    const select = await screen.findByLabelText('Rôle de Léa Girard');
    fireEvent.change(select, { target: { value: 'coordinator' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Modifier le rôle de Léa Girard' }));
    });

    await screen.findByText('Le rôle de Léa Girard est désormais « Coordinateur·rice ».');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe(
      'Le rôle de Léa Girard est désormais «\u00a0Coordinateur·rice\u00a0».',
    );
    expect((screen.getByLabelText('Rôle de Léa Girard') as HTMLSelectElement).value).toBe('coordinator');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the API’s refusal as an alert and puts the role back', async () => {
    renderPage([
      viewerMock('admin'),
      membersMock,
      {
        request: { query: ChangeRoleMutation, variables: { memberSlug: 'administrateur', role: 'member' } },
        result: {
          errors: [
            {
              message: 'Vous ne pouvez pas retirer votre propre rôle d’administrateur·rice.',
              extensions: { code: ERROR_CODES.forbidden },
            },
          ],
        },
      },
    ]);
    const select = (await screen.findByLabelText('Rôle de Administrateur')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'member' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Modifier le rôle de Administrateur' }));
    });

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Le rôle de Administrateur n’a pas été modifié\u00a0: Vous ne pouvez pas retirer votre propre rôle d’administrateur·rice.',
    );
    expect(select.value).toBe('admin');
  });

  it('tells someone who is not an admin that the page is for admins only', async () => {
    renderPage([viewerMock('coordinator')]);
    expect(await screen.findByText('Réservé aux administrateur·rices.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
