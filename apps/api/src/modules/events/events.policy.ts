import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';
import { actorSubject, type SqlSubject } from '../../common/auth/sql-subject';

export interface EventAccessFacts {
  visibility: string;
}

/**
 * Public events are seen by everyone, network ones by members; coordinators and admins create and edit them (and
 * read the minutes' Markdown); members answer and see who else comes. Links in the minutes follow the resources'
 * rule (`resourcesPolicy`): one to a resource the viewer may not see, or that no longer exists, reaches them as its
 * text only, without its slug (`events.service.ts`, `withoutHiddenResourceLinks`).
 */
export const eventsPolicy = {
  canView: (actor: Actor | null, event: EventAccessFacts) => event.visibility === 'public' || actor !== null,
  canEdit: (actor: Actor | null) => isCurator(actor),
  canRsvp: (actor: Actor | null) => actor !== null,
  /** Who answered is shown to members only: visitors see the counts. */
  canSeeParticipants: (actor: Actor | null) => actor !== null,
  /** The view rule as SQL on `events` aliased `alias`, for any subject: every member sees every event. */
  sqlVisibleTo: (subject: SqlSubject, alias: string) => (subject ? 'TRUE' : `${alias}.visibility = 'public'`),
  /** `sqlVisibleTo` for the current actor (the rule reads no id, hence no parameter). */
  sqlVisible: (actor: Actor | null, alias: string) => eventsPolicy.sqlVisibleTo(actorSubject(actor, 'NULL'), alias),
  /** The view rule as a Meilisearch filter on the event index; null: no restriction. */
  searchFilter: (actor: Actor | null): string | null => (actor ? null : 'visibility = "public"'),
};
