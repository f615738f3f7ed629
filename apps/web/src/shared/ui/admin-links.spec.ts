import { adminLinksFor } from './admin-links';

describe('adminLinksFor', () => {
  it('offers an admin every other admin page, the same set from every page', () => {
    expect(adminLinksFor('admin', 'moderation')).toEqual([
      'members',
      'organisations',
      'invite',
      'themes',
      'bin',
      'brokenLinks',
      'imports',
      'auditLog',
      'jobs',
      'status',
    ]);
    expect(adminLinksFor('admin', 'members')).toHaveLength(10);
    expect(adminLinksFor('admin', 'jobs')).toHaveLength(10);
  });

  it('offers a coordinator only the pages a coordinator may open', () => {
    expect(adminLinksFor('coordinator', 'moderation')).toEqual(['invite', 'themes', 'bin', 'brokenLinks', 'imports']);
  });

  it('offers nothing to a member or a visitor', () => {
    expect(adminLinksFor('member', 'moderation')).toEqual([]);
    expect(adminLinksFor(undefined, 'moderation')).toEqual([]);
  });
});
