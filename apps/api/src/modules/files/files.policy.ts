import type { Actor } from '../../common/auth/actor';
import { resourcesPolicy, type ResourceAccessFacts } from '../resources/resources.policy';

/** What decides who may read a file's bytes. */
export interface FileAccessFacts {
  resourceId: string | null;
  uploadedById: string | null;
  /** The resource's facts; null while the file is unattached. */
  resource: ResourceAccessFacts | null;
}

/**
 * A file is seen exactly by those who see its resource (resources.policy), a file taken off it too (it stays in the
 * resource's history, seen by the same people); an unattached file only by the member who uploaded it.
 */
export const filesPolicy = {
  canDownload(actor: Actor | null, file: FileAccessFacts): boolean {
    if (!file.resourceId || !file.resource) return actor !== null && file.uploadedById === actor.id;
    return resourcesPolicy.canView(actor, file.resource);
  },
  /** Who may attach a file to a resource: its uploader while unattached; a file already on that resource stays. */
  canAttach(actor: Actor, file: { resourceId: string | null; uploadedById: string | null }, resourceId: string | null) {
    if (file.resourceId === null) return file.uploadedById === actor.id;
    return resourceId !== null && file.resourceId === resourceId;
  },
};
