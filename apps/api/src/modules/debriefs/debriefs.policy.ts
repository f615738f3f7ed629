import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/** Any signed-in member records a debrief on a tool they can see; its author, coordinators and admins change it. */
export const debriefsPolicy = {
  canCreate(actor: Actor | null): boolean {
    return actor !== null;
  },
  canEdit(actor: Actor | null, debrief: { authorId: string | null }): boolean {
    if (!actor) return false;
    return debrief.authorId === actor.id || isCurator(actor);
  },
};
