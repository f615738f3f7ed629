import type { Role } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { accountsPolicy } from './accounts.policy';

const as = (role: Role): Actor => ({ id: role, role, organisationId: null, sessionHash: 'x' });

describe('accountsPolicy', () => {
  // [who, invites member, invites coordinator, invites admin, manages members and vocabulary]
  const table: [string, Actor | null, boolean, boolean, boolean, boolean][] = [
    ['visitor', null, false, false, false, false],
    ['member', as('member'), false, false, false, false],
    ['coordinator', as('coordinator'), true, true, false, false],
    ['admin', as('admin'), true, true, true, true],
  ];

  it.each(table)('%s', (_, actor, member, coordinator, admin, manages) => {
    expect([
      accountsPolicy.canInvite(actor, 'member'),
      accountsPolicy.canInvite(actor, 'coordinator'),
      accountsPolicy.canInvite(actor, 'admin'),
      accountsPolicy.canManageMembers(actor),
      accountsPolicy.canEditVocabulary(actor),
    ]).toEqual([member, coordinator, admin, manages, manages]);
  });
});
