import type { Role, Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { resourcesPolicy } from './resources.policy';

const actor = (role: Role, id = `${role}-id`): Actor => ({ id, role, organisationId: null, sessionHash: 'x' });
const visitor = null;
const member = actor('member');
const contributor = actor('member', 'contributor-id');
const coordinator = actor('coordinator');
const admin = actor('admin');
const resource = (visibility: Visibility, deletedAt: Date | null = null) => ({
  visibility,
  contributorId: 'contributor-id',
  deletedAt,
});

describe('resourcesPolicy', () => {
  // [who, visibility, can view, can edit]
  const table: [string, Actor | null, Visibility, boolean, boolean][] = [
    ['visitor', visitor, 'public', true, false],
    ['visitor', visitor, 'network', false, false],
    ['visitor', visitor, 'draft', false, false],
    ['member', member, 'public', true, false],
    ['member', member, 'network', true, false],
    ['member', member, 'draft', false, false],
    ['contributor', contributor, 'public', true, true],
    ['contributor', contributor, 'network', true, true],
    ['contributor', contributor, 'draft', true, true],
    ['coordinator', coordinator, 'public', true, true],
    ['coordinator', coordinator, 'network', true, true],
    ['coordinator', coordinator, 'draft', true, true],
    ['admin', admin, 'public', true, true],
    ['admin', admin, 'network', true, true],
    ['admin', admin, 'draft', true, true],
  ];

  it.each(table)('%s on a %s resource: view %s, edit %s', (_, who, visibility, view, edit) => {
    expect(resourcesPolicy.canView(who, resource(visibility))).toBe(view);
    expect(resourcesPolicy.canEdit(who, resource(visibility))).toBe(edit);
  });

  it.each([
    ['visitor', visitor],
    ['contributor', contributor],
    ['coordinator', coordinator],
    ['admin', admin],
  ] as const)('%s neither sees nor edits a resource in the bin', (_, who) => {
    const binned = resource('public', new Date('2026-12-01T10:00:00Z'));
    expect(resourcesPolicy.canView(who, binned)).toBe(false);
    expect(resourcesPolicy.canEdit(who, binned)).toBe(false);
  });

  it('lets any signed-in person share, and no visitor', () => {
    expect(resourcesPolicy.canCreate(visitor)).toBe(false);
    expect(resourcesPolicy.canCreate(member)).toBe(true);
  });

  it('turns the rule into a search filter', () => {
    expect(resourcesPolicy.searchFilter(visitor)).toBe('visibility = "public"');
    expect(resourcesPolicy.searchFilter(member)).toBe(
      '(visibility IN ["public", "network"] OR contributor = "member-id")',
    );
    expect(resourcesPolicy.searchFilter(coordinator)).toBeNull();
  });
});

describe('resourcesPolicy as SQL', () => {
  it('is written for any subject: a visitor, the actor through a parameter, or a member row', () => {
    expect(resourcesPolicy.sqlVisibleTo(null, 'r')).toBe(`(r.deleted_at IS NULL AND r.visibility = 'public')`);
    expect(resourcesPolicy.sqlVisibleTo({ id: 'm.id', role: 'm.role' }, 'r')).toBe(
      `(r.deleted_at IS NULL AND (r.visibility IN ('public', 'network') OR r.contributor_id = m.id OR m.role IN ('coordinator', 'admin')))`,
    );
    expect(resourcesPolicy.sqlVisible(member, 'r', '$1')).toBe(
      `(r.deleted_at IS NULL AND (r.visibility IN ('public', 'network') OR r.contributor_id = $1 OR 'member' IN ('coordinator', 'admin')))`,
    );
  });
});

describe('resourcesPolicy: published', () => {
  it('calls published anything but a draft or a resource in the bin', () => {
    expect(resourcesPolicy.sqlPublished('r')).toBe(`(r.visibility <> 'draft' AND r.deleted_at IS NULL)`);
  });
});
