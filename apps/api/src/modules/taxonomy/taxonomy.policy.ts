import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/** The themes are a curated vocabulary: coordinators and admins maintain it (product brief). */
export const taxonomyPolicy = {
  canManageThemes(actor: Actor | null): boolean {
    return isCurator(actor);
  },
};
