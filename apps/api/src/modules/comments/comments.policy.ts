import type { Actor } from '../../common/auth/actor';

/** Comments follow their resource's visibility; authors edit theirs; authors, coordinators and admins delete. */
export const commentsPolicy = {
  canCreate: (actor: Actor | null) => actor !== null,
  canEdit: (actor: Actor | null, comment: { authorId: string | null }) => Boolean(actor && comment.authorId === actor.id),
  canDelete: (actor: Actor | null, comment: { authorId: string | null }) =>
    Boolean(actor && (comment.authorId === actor.id || actor.role === 'coordinator' || actor.role === 'admin')),
};
