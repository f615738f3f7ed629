import type { Actor } from '../../common/auth/actor';
import { kitsPolicy } from './kits.policy';

const actor = (role: Actor['role'], organisationId: string | null = null): Actor => ({
  id: `${role}-${organisationId}`,
  role,
  organisationId,
  sessionHash: 'x',
});

describe('who may do what with a kit (decision 0029)', () => {
  const kit = { organisationId: 'owner', archivedAt: null };
  const archived = { organisationId: 'owner', archivedAt: new Date() };

  it.each([
    ['a visitor', null, [false, false, false, false]],
    ['a member of another organisation', actor('member', 'other'), [true, false, true, false]],
    ['a coordinator of another organisation', actor('coordinator', 'other'), [true, false, true, false]],
    ['a member of the owner organisation', actor('member', 'owner'), [true, true, true, true]],
    ['an admin', actor('admin'), [true, true, true, true]],
  ] as const)('%s: view, manage, ask, see archived', (_, who, [view, manage, ask, seeArchived]) => {
    expect(kitsPolicy.canView(who, kit)).toBe(view);
    expect(kitsPolicy.canManage(who, kit)).toBe(manage);
    expect(kitsPolicy.canHandleLoans(who, kit)).toBe(manage);
    expect(kitsPolicy.canAsk(who, kit)).toBe(ask);
    expect(kitsPolicy.canView(who, archived)).toBe(seeArchived);
  });

  it('the borrower sees and cancels their own loan; another member does neither', () => {
    const borrower = actor('member', 'other');
    expect(kitsPolicy.canViewLoan(borrower, kit, { requesterId: borrower.id })).toBe(true);
    expect(kitsPolicy.canCancel(borrower, kit, { requesterId: borrower.id })).toBe(true);
    expect(kitsPolicy.canViewLoan(actor('member', 'third'), kit, { requesterId: borrower.id })).toBe(false);
    expect(kitsPolicy.canCancel(actor('member', 'third'), kit, { requesterId: borrower.id })).toBe(false);
  });
});
