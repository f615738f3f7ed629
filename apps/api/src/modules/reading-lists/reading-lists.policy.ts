import type { Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { isAdmin, isCurator } from '../../common/auth/roles';
import { actorSubject, type SqlSubject } from '../../common/auth/sql-subject';

export interface ListAccessFacts {
  visibility: Visibility;
  curatorId: string | null;
  collaboratorIds: string[];
}

const isTeam = (actor: Actor | null, list: ListAccessFacts) =>
  Boolean(actor && (list.curatorId === actor.id || list.collaboratorIds.includes(actor.id)));

/**
 * Reading lists follow the visibility of resources, where `draft` means private: public lists are seen by everyone,
 * network lists by members, private ones by their curator and collaborators only (not even by admins: a private list
 * is someone's work in progress). A valid share link lets anyone read a list, never change it. The curator and the
 * collaborators edit the items; coordinators and admins may also edit public and network lists; only the curator
 * (or an admin) manages collaborators, the share link, the visibility and deletion.
 */
export const readingListsPolicy = {
  canView(actor: Actor | null, list: ListAccessFacts, viaShareLink = false): boolean {
    if (viaShareLink || list.visibility === 'public') return true;
    if (!actor) return false;
    if (list.visibility === 'network') return true;
    return isTeam(actor, list);
  },
  canCreate: (actor: Actor | null) => actor !== null,
  canEdit(actor: Actor | null, list: ListAccessFacts): boolean {
    if (!actor) return false;
    return isTeam(actor, list) || (list.visibility !== 'draft' && isCurator(actor));
  },
  canManage(actor: Actor | null, list: ListAccessFacts): boolean {
    if (!actor) return false;
    return list.curatorId === actor.id || (list.visibility !== 'draft' && isAdmin(actor));
  },
  /** Marking items read: anyone signed in who may see the list. */
  canTrackReading(actor: Actor | null, list: ListAccessFacts): boolean {
    return actor !== null && this.canView(actor, list);
  },
  /** The same view rule as SQL on `reading_lists` aliased `alias`, for any subject (the actor, or a member row). */
  sqlVisibleTo(subject: SqlSubject, alias: string): string {
    if (!subject) return `${alias}.visibility = 'public'`;
    // No role here: a private list is not shown to coordinators or admins either.
    return `(${alias}.visibility IN ('public', 'network') OR ${readingListsPolicy.sqlIsTeam(subject.id, alias)})`;
  },
  /** `sqlVisibleTo` for the current actor, whose id is the query parameter `param`. */
  sqlVisible(actor: Actor | null, alias: string, param: string): string {
    return readingListsPolicy.sqlVisibleTo(actorSubject(actor, param), alias);
  },
  /** Whether the member whose id is the SQL expression `memberId` is the list's curator or a collaborator. */
  sqlIsTeam(memberId: string, alias: string): string {
    const team = `${alias}_team`;
    return `(${alias}.curator_id = ${memberId}
      OR EXISTS (SELECT 1 FROM reading_list_collaborators ${team} WHERE ${team}.list_id = ${alias}.id AND ${team}.member_id = ${memberId}))`;
  },
  /** The same view rule as a Meilisearch filter on the list index (`team`: curator and collaborators). */
  searchFilter(actor: Actor | null): string {
    if (!actor) return 'visibility = "public"';
    return `(visibility IN ["public", "network"] OR team = "${actor.id}")`;
  },
};
