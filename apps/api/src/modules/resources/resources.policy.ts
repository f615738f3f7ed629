import type { Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { isCurator, sqlIsCurator } from '../../common/auth/roles';
import { actorSubject, type SqlSubject } from '../../common/auth/sql-subject';

export interface ResourceAccessFacts {
  visibility: Visibility;
  contributorId: string | null;
}

/**
 * Who may see and change a resource. Visitors see public resources; members see public and network ones; a draft is
 * seen by its contributor, coordinators and admins. Members edit their own resources; coordinators and admins edit any.
 */
export const resourcesPolicy = {
  canView(actor: Actor | null, resource: ResourceAccessFacts): boolean {
    if (resource.visibility === 'public') return true;
    if (!actor) return false;
    if (resource.visibility === 'network') return true;
    return resource.contributorId === actor.id || isCurator(actor);
  },
  canCreate(actor: Actor | null): boolean {
    return actor !== null;
  },
  canEdit(actor: Actor | null, resource: ResourceAccessFacts): boolean {
    if (!actor) return false;
    return resource.contributorId === actor.id || isCurator(actor);
  },
  /** The same rule as a SQL condition on `resources` aliased `alias`, for any subject (the actor, or a member row). */
  sqlVisibleTo(subject: SqlSubject, alias: string): string {
    if (!subject) return `${alias}.visibility = 'public'`;
    return `(${alias}.visibility IN ('public', 'network') OR ${alias}.contributor_id = ${subject.id} OR ${sqlIsCurator(subject.role)})`;
  },
  /** `sqlVisibleTo` for the current actor, whose id is the query parameter `param`. */
  sqlVisible(actor: Actor | null, alias: string, param: string): string {
    return resourcesPolicy.sqlVisibleTo(actorSubject(actor, param), alias);
  },
  /** Published (not a draft): what lists, feeds and suggestions show, even to those who may open drafts. */
  sqlPublished(alias: string): string {
    return `${alias}.visibility <> 'draft'`;
  },
  /** The same rule as a Meilisearch filter, so that search never returns, counts or highlights what one may not see. */
  searchFilter(actor: Actor | null): string | null {
    if (!actor) return 'visibility = "public"';
    if (isCurator(actor)) return null;
    return `(visibility IN ["public", "network"] OR contributor = "${actor.id}")`;
  },
};
