import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/**
 * Comments follow their resource's visibility; authors edit theirs; authors, coordinators and admins delete.
 * Any member reports someone else's comment; coordinators and admins moderate (hide, restore).
 */
export const commentsPolicy = {
  canCreate: (actor: Actor | null) => actor !== null,
  canEdit: (actor: Actor | null, comment: { authorId: string | null }) =>
    Boolean(actor && comment.authorId === actor.id),
  canDelete: (actor: Actor | null, comment: { authorId: string | null }) =>
    Boolean(actor && (comment.authorId === actor.id || isCurator(actor))),
  canReport: (actor: Actor | null, comment: { authorId: string | null }) =>
    Boolean(actor && comment.authorId !== actor.id),
  canModerate: (actor: Actor | null) => isCurator(actor),
};
