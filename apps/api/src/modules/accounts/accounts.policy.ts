import type { Role } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';

/** Who may do what with accounts. Pure functions, unit-tested as a table. */
export const accountsPolicy = {
  /** Coordinators invite members and coordinators; admins invite anyone. */
  canInvite(actor: Actor | null, role: Role): boolean {
    if (!actor) return false;
    if (actor.role === 'admin') return true;
    return actor.role === 'coordinator' && role !== 'admin';
  },
  canManageMembers(actor: Actor | null): boolean {
    return actor?.role === 'admin';
  },
  canEditVocabulary(actor: Actor | null): boolean {
    return actor?.role === 'admin';
  },
};
