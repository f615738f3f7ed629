/** The id of a comment's element on its resource's page: `#commentaire-<id>` links to it (notifications). */
export const commentAnchor = (id: string): string => `commentaire-${id}`;

/** The path of a resource's page, at one of its comments when `commentId` is given. */
export function resourcePath(slug: string, commentId?: string | null): string {
  const path = `/ressources/${encodeURIComponent(slug)}`;
  return commentId ? `${path}#${commentAnchor(commentId)}` : path;
}
