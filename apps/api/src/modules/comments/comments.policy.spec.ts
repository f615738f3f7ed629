import type { Actor } from '../../common/auth/actor';
import { commentsPolicy } from './comments.policy';

const actor = (id: string, role: Actor['role']): Actor => ({ id, role, organisationId: null, sessionHash: 'h' });
const author = actor('a', 'member');
const other = actor('b', 'member');
const coordinator = actor('c', 'coordinator');
const admin = actor('d', 'admin');
const comment = { authorId: 'a' };

describe('commentsPolicy', () => {
  it.each([
    ['visitor', null, { create: false, edit: false, delete: false, report: false, moderate: false }],
    ['author', author, { create: true, edit: true, delete: true, report: false, moderate: false }],
    ['other member', other, { create: true, edit: false, delete: false, report: true, moderate: false }],
    ['coordinator', coordinator, { create: true, edit: false, delete: true, report: true, moderate: true }],
    ['admin', admin, { create: true, edit: false, delete: true, report: true, moderate: true }],
  ] as const)('%s', (_, who, expected) => {
    expect({
      create: commentsPolicy.canCreate(who),
      edit: commentsPolicy.canEdit(who, comment),
      delete: commentsPolicy.canDelete(who, comment),
      report: commentsPolicy.canReport(who, comment),
      moderate: commentsPolicy.canModerate(who),
    }).toEqual(expected);
  });
});
