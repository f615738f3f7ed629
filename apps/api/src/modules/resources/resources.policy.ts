import type { Visibility } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { isCurator, sqlIsCurator } from '../../common/auth/roles';
import { actorSubject, type SqlSubject } from '../../common/auth/sql-subject';

export interface ResourceAccessFacts {
  visibility: Visibility;
  contributorId: string | null;
  /** In the bin since (decision 0019): seen by no one here; curators see it only through the bin. */
  deletedAt: Date | string | null;
}

/**
 * Who may see and change a resource. Visitors see public resources; members see public and network ones; a draft is
 * seen by its contributor, coordinators and admins. Members edit their own resources; coordinators and admins edit any.
 * A resource in the bin is seen by no one (curators list and restore it through the bin only).
 */
export const resourcesPolicy = {
  canView(actor: Actor | null, resource: ResourceAccessFacts): boolean {
    if (resource.deletedAt) return false;
    if (resource.visibility === 'public') return true;
    if (!actor) return false;
    if (resource.visibility === 'network') return true;
    return resource.contributorId === actor.id || isCurator(actor);
  },
  canCreate(actor: Actor | null): boolean {
    return actor !== null;
  },
  canEdit(actor: Actor | null, resource: ResourceAccessFacts): boolean {
    if (!actor || resource.deletedAt) return false;
    return resource.contributorId === actor.id || isCurator(actor);
  },
  /** The same rule as a SQL condition on `resources` aliased `alias`, for any subject (the actor, or a member row). */
  sqlVisibleTo(subject: SqlSubject, alias: string): string {
    const live = `${alias}.deleted_at IS NULL`;
    if (!subject) return `(${live} AND ${alias}.visibility = 'public')`;
    return `(${live} AND (${alias}.visibility IN ('public', 'network') OR ${alias}.contributor_id = ${subject.id} OR ${sqlIsCurator(subject.role)}))`;
  },
  /** `sqlVisibleTo` for the current actor, whose id is the query parameter `param`. */
  sqlVisible(actor: Actor | null, alias: string, param: string): string {
    return resourcesPolicy.sqlVisibleTo(actorSubject(actor, param), alias);
  },
  /** Published (not a draft): what lists, feeds and suggestions show, even to those who may open drafts. */
  sqlPublished(alias: string): string {
    return `(${alias}.visibility <> 'draft' AND ${alias}.deleted_at IS NULL)`;
  },
  /**
   * The same rule as a Meilisearch filter, so that search never returns, counts or highlights what one may not see.
   * Resources in the bin need no clause: their document leaves the index in the transaction's outbox event (and
   * search hydrates hits through `loadResources`, which skips them meanwhile).
   */
  searchFilter(actor: Actor | null): string | null {
    if (!actor) return 'visibility = "public"';
    if (isCurator(actor)) return null;
    return `(visibility IN ["public", "network"] OR contributor = "${actor.id}")`;
  },
};
