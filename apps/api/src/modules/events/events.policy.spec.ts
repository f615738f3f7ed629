import type { Actor } from '../../common/auth/actor';
import { eventsPolicy } from './events.policy';

const actor = (role: Actor['role']): Actor => ({ id: `${role}-id`, role, organisationId: null, sessionHash: 'h' });

describe('eventsPolicy', () => {
  it.each([
    // who, visibility, view, edit, see participants
    ['visitor', null, 'public', true, false, false],
    ['visitor', null, 'network', false, false, false],
    ['member', actor('member'), 'network', true, false, true],
    ['coordinator', actor('coordinator'), 'network', true, true, true],
    ['admin', actor('admin'), 'public', true, true, true],
  ] as const)('%s on a %s event: view %s, edit %s, participants %s', (_, who, visibility, view, edit, participants) => {
    expect(eventsPolicy.canView(who, { visibility })).toBe(view);
    expect(eventsPolicy.canEdit(who)).toBe(edit);
    expect(eventsPolicy.canSeeParticipants(who)).toBe(participants);
  });

  it('states the view rule as SQL and as a search filter', () => {
    expect(eventsPolicy.sqlVisible(null, 'e')).toBe(`e.visibility = 'public'`);
    expect(eventsPolicy.sqlVisibleTo({ id: 'm.id', role: 'm.role' }, 'e')).toBe('TRUE');
    expect(eventsPolicy.searchFilter(null)).toBe('visibility = "public"');
    expect(eventsPolicy.searchFilter(actor('member'))).toBeNull();
  });
});
