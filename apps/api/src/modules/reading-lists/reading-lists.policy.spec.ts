import type { Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { readingListsPolicy } from './reading-lists.policy';

const actor = (id: string, role: Actor['role']): Actor => ({ id, role, organisationId: null, sessionHash: 'h' });
const who: Record<string, Actor | null> = {
  visitor: null,
  member: actor('m', 'member'),
  curator: actor('c', 'member'),
  collaborator: actor('k', 'member'),
  coordinator: actor('o', 'coordinator'),
  admin: actor('a', 'admin'),
};
const list = (visibility: Visibility) => ({ visibility, curatorId: 'c', collaboratorIds: ['k'] });

describe('readingListsPolicy', () => {
  it.each([
    // who, visibility, view, edit, manage
    ['visitor', 'public', true, false, false],
    ['visitor', 'network', false, false, false],
    ['member', 'network', true, false, false],
    ['member', 'draft', false, false, false],
    ['curator', 'draft', true, true, true],
    ['collaborator', 'draft', true, true, false],
    ['collaborator', 'network', true, true, false],
    ['coordinator', 'network', true, true, false],
    ['coordinator', 'draft', false, false, false],
    ['admin', 'public', true, true, true],
    ['admin', 'draft', false, false, false],
  ] as const)('%s on a %s list: view %s, edit %s, manage %s', (name, visibility, view, edit, manage) => {
    expect(readingListsPolicy.canView(who[name], list(visibility))).toBe(view);
    expect(readingListsPolicy.canEdit(who[name], list(visibility))).toBe(edit);
    expect(readingListsPolicy.canManage(who[name], list(visibility))).toBe(manage);
  });

  it('a share link lets anyone read, never edit', () => {
    expect(readingListsPolicy.canView(null, list('draft'), true)).toBe(true);
    expect(readingListsPolicy.canEdit(null, list('draft'))).toBe(false);
  });
});

describe('readingListsPolicy as SQL and as a search filter', () => {
  it('lets no role see a private list: only the team, by id', () => {
    const sql = readingListsPolicy.sqlVisibleTo({ id: 'm.id', role: 'm.role' }, 'l');
    expect(sql).toContain(`l.visibility IN ('public', 'network')`);
    expect(sql).toContain('l.curator_id = m.id');
    expect(sql).toContain('l_team.member_id = m.id');
    expect(sql).not.toContain('m.role');
    expect(readingListsPolicy.sqlVisible(null, 'l', '$1')).toBe(`l.visibility = 'public'`);
  });

  it('filters search by visibility and team', () => {
    expect(readingListsPolicy.searchFilter(null)).toBe('visibility = "public"');
    expect(readingListsPolicy.searchFilter(who.admin)).toBe('(visibility IN ["public", "network"] OR team = "a")');
  });
});
