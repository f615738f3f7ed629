import { ROLES, type Role } from '@culture-commune/shared';
import type { Actor } from './actor';

/** Anyone whose role is known: the actor of a request, or a member row. */
type HasRole = Pick<Actor, 'role'> | null;

/** Coordinators and admins curate the shared library; written once so that every policy agrees on who they are. */
const CURATOR_ROLES: readonly Role[] = ['coordinator', 'admin'];

export const isCurator = (actor: HasRole): boolean => actor !== null && CURATOR_ROLES.includes(actor.role);

export const isAdmin = (actor: HasRole): boolean => actor?.role === 'admin';

/** `isCurator` as SQL on a role expression (a column such as `m.role`, or a literal from `sqlRoleLiteral`). */
export function sqlIsCurator(roleExpr: string): string {
  return `${roleExpr} IN (${CURATOR_ROLES.map(sqlRoleLiteral).join(', ')})`;
}

/** A role as a SQL literal; only known roles are accepted, so the text is safe to inline. */
export function sqlRoleLiteral(role: Role): string {
  if (!ROLES.includes(role)) throw new Error(`Unknown role: ${String(role)}`);
  return `'${role}'`;
}
