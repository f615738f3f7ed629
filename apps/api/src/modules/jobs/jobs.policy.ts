import type { Actor } from '../../common/auth/actor';

/** Failed jobs carry recipients' addresses and errors from mail servers: admins only. */
export const jobsPolicy = {
  canAdminister: (actor: Actor | null) => actor?.role === 'admin',
};
