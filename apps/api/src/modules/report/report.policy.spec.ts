import type { Actor } from '../../common/auth/actor';
import { reportPolicy } from './report.policy';

const actor = (role: Actor['role']): Actor => ({ id: 'a', role, organisationId: null, sessionHash: 'h' });

describe('reportPolicy', () => {
  it('lets coordinators and admins read and share the report, not members or visitors', () => {
    expect([null, actor('member'), actor('coordinator'), actor('admin')].map(reportPolicy.canRead)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect([null, actor('member'), actor('coordinator'), actor('admin')].map(reportPolicy.canShare)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
