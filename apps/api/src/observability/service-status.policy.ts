import type { Actor } from '../common/auth/actor';

/** The service's state names failed jobs (with recipients' addresses) and versions: admins only. */
export const serviceStatusPolicy = {
  canView: (actor: Actor | null) => actor?.role === 'admin',
};
