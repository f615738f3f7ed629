import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/**
 * Who sees what of the link checks. A resource's link status goes with the resource: whoever may view it (the
 * resolver's parent was already checked by the resources policy). The list of broken links is for curators, and shows
 * only resources they may see (the resources policy's SQL).
 */
export const linkChecksPolicy = {
  canListBroken(actor: Actor | null): boolean {
    return actor !== null && isCurator(actor);
  },
};
