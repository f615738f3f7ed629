import type { Role } from '@culture-commune/shared';
import { isAdmin, isCurator, sqlIsCurator, sqlRoleLiteral } from './roles';
import { actorSubject } from './sql-subject';

describe('roles', () => {
  it.each([
    ['member', false, false],
    ['coordinator', true, false],
    ['admin', true, true],
  ] as const)('%s: curator %s, admin %s', (role, curator, admin) => {
    expect(isCurator({ role })).toBe(curator);
    expect(isAdmin({ role })).toBe(admin);
  });

  it('a visitor is neither curator nor admin', () => {
    expect(isCurator(null)).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });

  it('writes the curator test as SQL on any role expression', () => {
    expect(sqlIsCurator('m.role')).toBe(`m.role IN ('coordinator', 'admin')`);
  });

  it('inlines only known roles', () => {
    expect(sqlRoleLiteral('member')).toBe(`'member'`);
    expect(() => sqlRoleLiteral(`admin' OR '1' = '1` as Role)).toThrow();
  });

  it('turns the actor into a subject: id through the parameter, role as a literal', () => {
    expect(actorSubject(null, '$1')).toBeNull();
    expect(actorSubject({ id: 'x', role: 'coordinator', organisationId: null, sessionHash: 'h' }, '$1')).toEqual({
      id: '$1',
      role: `'coordinator'`,
    });
  });
});
