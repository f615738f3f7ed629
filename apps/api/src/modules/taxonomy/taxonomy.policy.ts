import type { Actor } from '../../common/auth/actor';

/** The themes are a curated vocabulary: coordinators and admins maintain it (product brief). */
export const taxonomyPolicy = {
  canManageThemes(actor: Actor | null): boolean {
    return actor?.role === 'coordinator' || actor?.role === 'admin';
  },
};
