import type { Role } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { isAdmin, isCurator } from '../../common/auth/roles';

/** Who may do what with accounts. Pure functions, unit-tested as a table. */
export const accountsPolicy = {
  /** Coordinators invite members and coordinators; admins invite anyone. */
  canInvite(actor: Actor | null, role: Role): boolean {
    if (!actor) return false;
    if (isAdmin(actor)) return true;
    return isCurator(actor) && !isAdmin({ role });
  },
  canManageMembers(actor: Actor | null): boolean {
    return isAdmin(actor);
  },
  canEditVocabulary(actor: Actor | null): boolean {
    return isAdmin(actor);
  },
};
