import type { Actor } from '../../common/auth/actor';
import { isAdmin } from '../../common/auth/roles';

export interface KitAccessFacts {
  organisationId: string;
  archivedAt: Date | null;
}

export interface KitLoanAccessFacts {
  requesterId: string | null;
}

/** Members of the organisation that owns the kit, and admins. */
const owns = (actor: Actor | null, kit: Pick<KitAccessFacts, 'organisationId'>): boolean =>
  actor !== null && (isAdmin(actor) || (actor.organisationId !== null && actor.organisationId === kit.organisationId));

/**
 * Kits and loans (decision 0029), written only here: members see kits (archived ones only those who manage them);
 * members of the owning organisation and admins manage a kit and handle its loans (accept, refuse, hand over, take
 * back) and see its loan history; any member asks for a loan; the borrower sees and cancels their own requests.
 */
export const kitsPolicy = {
  canView: (actor: Actor | null, kit: KitAccessFacts) =>
    actor !== null && (kit.archivedAt === null || owns(actor, kit)),
  /** Creating a kit for `organisationId`. */
  canCreateFor: (actor: Actor | null, organisationId: string) => owns(actor, { organisationId }),
  canManage: (actor: Actor | null, kit: Pick<KitAccessFacts, 'organisationId'>) => owns(actor, kit),
  canAsk: (actor: Actor | null, kit: KitAccessFacts) => actor !== null && kit.archivedAt === null,
  /** Accept, refuse, hand over, take back, see the history and who borrowed. */
  canHandleLoans: (actor: Actor | null, kit: Pick<KitAccessFacts, 'organisationId'>) => owns(actor, kit),
  canViewLoan: (actor: Actor | null, kit: Pick<KitAccessFacts, 'organisationId'>, loan: KitLoanAccessFacts) =>
    owns(actor, kit) || (actor !== null && actor.id === loan.requesterId),
  canCancel: (actor: Actor | null, kit: Pick<KitAccessFacts, 'organisationId'>, loan: KitLoanAccessFacts) =>
    owns(actor, kit) || (actor !== null && actor.id === loan.requesterId),
  /**
   * The view rule as SQL on `kits` aliased `alias` (`organisationParam`: $n, the actor's organisation id or NULL).
   * Every form names the parameter, so that PostgreSQL knows its type even when the rule does not need it.
   */
  sqlVisible(actor: Actor | null, alias: string, organisationParam: string): string {
    if (!actor) return `(FALSE AND ${organisationParam}::uuid IS NULL)`;
    if (isAdmin(actor)) return `(TRUE OR ${organisationParam}::uuid IS NULL)`;
    return `(${alias}.archived_at IS NULL OR ${alias}.organisation_id = ${organisationParam}::uuid)`;
  },
  /** The handling rule as SQL on `kits` aliased `alias`, as `sqlVisible`. */
  sqlHandles(actor: Actor | null, alias: string, organisationParam: string): string {
    if (!actor) return `(FALSE AND ${organisationParam}::uuid IS NULL)`;
    if (isAdmin(actor)) return `(TRUE OR ${organisationParam}::uuid IS NULL)`;
    return `${alias}.organisation_id = ${organisationParam}::uuid`;
  },
};
