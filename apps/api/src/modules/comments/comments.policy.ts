import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/**
 * Comments follow their resource's visibility; authors edit theirs; authors, coordinators and admins delete.
 * Any member reports someone else's comment; coordinators and admins moderate (hide, restore).
 * Moderators moderate what they may see: a comment is in their queue, and open to hide/restore, only if its resource
 * (`resourcesPolicy`) or its reading list (`readingListsPolicy`) is visible to them. A private list's comments are
 * thus never shown to coordinators or admins (not even its title) — its curator and collaborators handle them — and
 * acting on one answers NOT_FOUND, as for any comment one may not see.
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
