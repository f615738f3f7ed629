import type { Actor } from '../../common/auth/actor';
import { directoryPolicy } from './directory.policy';

const as = (role: Actor['role']): Actor => ({ id: 'a', role, organisationId: null, sessionHash: 'h' });
const archived = { archivedAt: new Date('2026-01-01') };
const active = { archivedAt: null };

describe('directoryPolicy', () => {
  it.each([
    ['visitor', null, true, false],
    ['member', as('member'), true, false],
    ['coordinator', as('coordinator'), true, false],
    ['admin', as('admin'), true, true],
  ])('a %s sees active organisations, and archived ones only as admin', (_, actor, seesActive, seesArchived) => {
    expect(directoryPolicy.canViewOrganisation(actor, active)).toBe(seesActive);
    expect(directoryPolicy.canViewOrganisation(actor, archived)).toBe(seesArchived);
  });

  const person = { id: 'p', deactivatedAt: null };
  it('visitors see only people who chose public; members see everyone', () => {
    expect(directoryPolicy.canViewPerson(null, { ...person, directoryVisibility: 'public' })).toBe(true);
    expect(directoryPolicy.canViewPerson(null, { ...person, directoryVisibility: 'members' })).toBe(false);
    expect(directoryPolicy.canViewPerson(as('member'), { ...person, directoryVisibility: 'members' })).toBe(true);
  });

  it('a deactivated person is seen by admins only, even if they had chosen public', () => {
    const gone = { ...person, directoryVisibility: 'public' as const, deactivatedAt: new Date('2026-12-01') };
    expect(
      [null, as('member'), as('coordinator'), as('admin')].map((actor) => directoryPolicy.canViewPerson(actor, gone)),
    ).toEqual([false, false, false, true]);
    expect(directoryPolicy.sqlPersonVisible(null, 'm')).toBe(
      `m.directory_visibility = 'public' AND m.deactivated_at IS NULL`,
    );
    expect(directoryPolicy.sqlPersonVisible(as('coordinator'), 'm')).toBe('m.deactivated_at IS NULL');
    expect(directoryPolicy.sqlPersonVisible(as('admin'), 'm')).toBe('TRUE');
  });

  it('only admins manage organisations', () => {
    expect([null, as('member'), as('coordinator'), as('admin')].map(directoryPolicy.canManageOrganisations)).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('the search filter hides archived organisations and, from visitors, people who did not choose public', () => {
    expect(directoryPolicy.searchFilter(null)).toBe(
      'archived = false AND (type = "organisation" OR visibility = "public")',
    );
    expect(directoryPolicy.searchFilter(as('member'))).toBe('archived = false');
    expect(directoryPolicy.searchFilter(as('admin'))).toBeNull();
  });
});
