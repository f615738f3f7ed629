import type { Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';

export interface ListAccessFacts {
  visibility: Visibility;
  curatorId: string | null;
  collaboratorIds: string[];
}

const isCurator = (actor: Actor | null) => actor?.role === 'coordinator' || actor?.role === 'admin';
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
    return list.curatorId === actor.id || (list.visibility !== 'draft' && actor.role === 'admin');
  },
  /** Marking items read: anyone signed in who may see the list. */
  canTrackReading(actor: Actor | null, list: ListAccessFacts): boolean {
    return actor !== null && this.canView(actor, list);
  },
  /** The same view rule as SQL on `reading_lists` aliased `alias` ($n is the actor id). */
  sqlVisible(actor: Actor | null, alias: string, param: string): string {
    if (!actor) return `${alias}.visibility = 'public'`;
    return `(${alias}.visibility IN ('public', 'network') OR ${alias}.curator_id = ${param}
      OR EXISTS (SELECT 1 FROM reading_list_collaborators c WHERE c.list_id = ${alias}.id AND c.member_id = ${param}))`;
  },
};
