import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/** Imports bring many resources at once: coordinators and admins only, each seeing the batches they brought. */
export const importsPolicy = {
  canImport(actor: Actor | null): boolean {
    return isCurator(actor);
  },
  canSee(actor: Actor | null, batch: { createdById: string }): boolean {
    return isCurator(actor) && batch.createdById === actor!.id;
  },
};
