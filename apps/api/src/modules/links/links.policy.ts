import type { Actor } from '../../common/auth/actor';
import { resourcesPolicy } from '../resources/resources.policy';

/** Reading a link for the form is part of sharing a resource: whoever may share may ask. */
export const linksPolicy = {
  canPreview(actor: Actor | null): boolean {
    return resourcesPolicy.canCreate(actor);
  },
};
