/** The id of a comment's element on its page (a resource's or a reading list's): `#commentaire-<id>` links to it. */
export const commentAnchor = (id: string): string => `commentaire-${id}`;

/** A page's path, at one of its comments when `commentId` is given (`useScrollToComment` takes it from there). */
export const atComment = (path: string, commentId?: string | null): string => (commentId ? `${path}#${commentAnchor(commentId)}` : path);

/** The path of a resource's page, at one of its comments when `commentId` is given. */
export function resourcePath(slug: string, commentId?: string | null): string {
  return atComment(`/ressources/${encodeURIComponent(slug)}`, commentId);
}
