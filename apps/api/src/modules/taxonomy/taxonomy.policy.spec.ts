import type { Role } from '@culture-commune/shared';
import { taxonomyPolicy } from './taxonomy.policy';

describe('taxonomyPolicy', () => {
  it.each([
    ['visitor', null, false],
    ['member', 'member', false],
    ['coordinator', 'coordinator', true],
    ['admin', 'admin', true],
  ] as const)('%s manages themes: %s', (_, role, expected) => {
    const actor = role ? { id: role, role: role as Role, organisationId: null, sessionHash: 'x' } : null;
    expect(taxonomyPolicy.canManageThemes(actor)).toBe(expected);
  });
});
