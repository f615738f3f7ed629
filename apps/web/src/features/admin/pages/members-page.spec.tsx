import { MockedProvider } from '@apollo/client/testing/react';
import { ERROR_CODES } from '@culture-commune/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import {
  ChangeRoleMutation,
  DeactivateMemberMutation,
  MemberAccountsQuery,
  PendingInvitationsQuery,
  ReactivateMemberMutation,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from '../graphql/admin.documents';
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

const lea = (role: Role, deactivatedAt: string | null = null) => ({
  __typename: 'MemberAccount',
  id: '6',
  slug: 'lea-girard',
  name: 'Léa Girard',
  email: 'lea.girard@example.org',
  role,
  lastSignInAt: '2025-03-12T13:05:00.000Z',
  deactivatedAt,
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
  deactivatedAt: null,
  organisation: null,
};

const membersMock = {
  request: { query: MemberAccountsQuery },
  result: { data: { memberAccounts: [admin, lea('member')] } },
};

const invitation = (id: string, email: string, expired: boolean) => ({
  __typename: 'PendingInvitation',
  id,
  email,
  name: email.split('@')[0],
  role: 'member',
  invitedBy: 'Administrateur',
  sentAt: '2026-11-20T09:00:00.000Z',
  expiresAt: expired ? '2026-11-27T09:00:00.000Z' : '2026-12-18T09:00:00.000Z',
  expired,
  organisation: { __typename: 'Organisation', id: '3', slug: 'crefe', name: 'CREFE' },
});

const invitationsMock = (
  list = [invitation('i1', 'ines@example.org', false), invitation('i2', 'paul@example.org', true)],
) => ({
  request: { query: PendingInvitationsQuery },
  result: { data: { pendingInvitations: list } },
});

const announced = (text: string) => screen.getAllByRole('status').some((status) => status.textContent === text);

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
    renderPage([viewerMock('admin'), membersMock, invitationsMock()]);
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
      invitationsMock(),
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
    expect(announced('Le rôle de Léa Girard est désormais «\u00a0Coordinateur·rice\u00a0».')).toBe(true);
    expect((screen.getByLabelText('Rôle de Léa Girard') as HTMLSelectElement).value).toBe('coordinator');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the API’s refusal as an alert and puts the role back', async () => {
    renderPage([
      viewerMock('admin'),
      membersMock,
      invitationsMock(),
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

  it('deactivates a member after confirmation, then offers to reactivate; one’s own account has no such button', async () => {
    const deactivated = jest.fn(() => ({ data: { deactivateMember: lea('member', '2026-12-04T10:00:00.000Z') } }));
    const reactivated = jest.fn(() => ({ data: { reactivateMember: lea('member') } }));
    renderPage([
      viewerMock('admin'),
      membersMock,
      invitationsMock(),
      { request: { query: DeactivateMemberMutation, variables: { memberSlug: 'lea-girard' } }, result: deactivated },
      { request: { query: ReactivateMemberMutation, variables: { memberSlug: 'lea-girard' } }, result: reactivated },
    ]);
    const table = await screen.findByRole('table', { name: 'Membres du réseau (2)' });
    const adminRow = within(table).getByRole('row', { name: /Administrateur \(vous\)/ });
    expect(within(adminRow).getByText('Actif')).toBeTruthy();
    expect(within(adminRow).queryByRole('button', { name: /Désactiver/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Désactiver le compte de Léa Girard' }));
    const dialog = screen.getByRole('dialog', { name: 'Désactiver le compte de Léa Girard\u202f?' });
    expect(within(dialog).getByText(/Ses contributions restent, sous son nom/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Désactiver le compte' }));
    });
    // The answer shows first; then the mutation was sent exactly once (asserting before could race the mock link).
    expect(await screen.findByText('Désactivé le 4 décembre 2026')).toBeTruthy();
    expect(deactivated).toHaveBeenCalledTimes(1);
    expect(announced('Le compte de Léa Girard est désactivé.')).toBe(true);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Réactiver le compte de Léa Girard' }));
    });
    expect(await screen.findByRole('button', { name: 'Désactiver le compte de Léa Girard' })).toBeTruthy();
    expect(reactivated).toHaveBeenCalledTimes(1);
    expect(announced('Le compte de Léa Girard est réactivé.')).toBe(true);
  });

  it('lists pending invitations with who invited, when sent and when they expire', async () => {
    renderPage([viewerMock('admin'), membersMock, invitationsMock()]);
    const table = await screen.findByRole('table', { name: '2\u00a0invitations pas encore acceptées' });
    const ines = within(table).getByRole('row', { name: /ines@example\.org/ });
    expect(within(ines).getByText('CREFE')).toBeTruthy();
    expect(within(ines).getByText('Administrateur')).toBeTruthy();
    expect(within(ines).getByText(/^20 novembre 2026/)).toBeTruthy();
    expect(within(ines).getByText('18 décembre 2026')).toBeTruthy();
    const paul = within(table).getByRole('row', { name: /paul@example\.org/ });
    expect(within(paul).getByText('Expirée')).toBeTruthy();
  });

  it('says when no invitation is pending', async () => {
    renderPage([viewerMock('admin'), membersMock, invitationsMock([])]);
    expect(await screen.findByText('Aucune invitation en attente.')).toBeTruthy();
  });

  it('resends an invitation and says the old link no longer works', async () => {
    const resent = jest.fn(() => ({ data: { resendInvitation: invitation('i2', 'paul@example.org', false) } }));
    renderPage([
      viewerMock('admin'),
      membersMock,
      invitationsMock(),
      { request: { query: ResendInvitationMutation, variables: { id: 'i2' } }, result: resent },
    ]);
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Renvoyer l’invitation à paul@example.org' }));
    });
    await screen.findByText(
      /^Une nouvelle invitation a été envoyée à paul@example\.org.; l’ancien lien ne fonctionne plus\.$/,
    );
    expect(resent).toHaveBeenCalledTimes(1);
    const paul = screen.getByRole('row', { name: /paul@example\.org/ });
    expect(within(paul).queryByText('Expirée')).toBeNull();
  });

  it('revokes an invitation after confirmation and takes it off the list', async () => {
    const revoked = jest.fn(() => ({ data: { revokeInvitation: 'i1' } }));
    renderPage([
      viewerMock('admin'),
      membersMock,
      invitationsMock(),
      { request: { query: RevokeInvitationMutation, variables: { id: 'i1' } }, result: revoked },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Révoquer l’invitation à ines@example.org' }));
    const dialog = screen.getByRole('dialog', { name: 'Révoquer l’invitation à ines@example.org\u202f?' });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Révoquer l’invitation' }));
    });
    await screen.findByText('L’invitation à ines@example.org est révoquée.');
    expect(revoked).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('row', { name: /ines@example\.org/ })).toBeNull();
    expect(screen.getByRole('table', { name: '1\u00a0invitation pas encore acceptée' })).toBeTruthy();
  });
});
