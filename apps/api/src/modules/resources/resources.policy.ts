import type { Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';

export interface ResourceAccessFacts {
  visibility: Visibility;
  contributorId: string | null;
}

const isCurator = (actor: Actor | null) => actor?.role === 'coordinator' || actor?.role === 'admin';

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
  /** The same rule as a SQL condition on `resources` aliased `alias` ($n is the actor id). */
  sqlVisible(actor: Actor | null, alias: string, param: string): string {
    if (!actor) return `${alias}.visibility = 'public'`;
    if (isCurator(actor)) return 'TRUE';
    return `(${alias}.visibility IN ('public', 'network') OR ${alias}.contributor_id = ${param})`;
  },
  /** The same rule as a Meilisearch filter, so that search never returns, counts or highlights what one may not see. */
  searchFilter(actor: Actor | null): string | null {
    if (!actor) return 'visibility = "public"';
    if (isCurator(actor)) return null;
    return `(visibility IN ["public", "network"] OR contributor = "${actor.id}")`;
  },
};
