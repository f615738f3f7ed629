import type { Actor } from './actor';
import { sqlRoleLiteral } from './roles';

/**
 * Whom a SQL access condition is about, as SQL expressions: the current actor through a query parameter
 * (`{ id: '$1', role: "'member'" }`), or another member given by columns (`{ id: 'm.id', role: 'm.role' }`, as
 * a notification's recipient). null is a visitor. The expressions must never be NULL for a member.
 */
export type SqlSubject = { id: string; role: string } | null;

/** The current actor as a subject: their id through `idParam` ($n or a TypeORM :name), their role as a literal. */
export function actorSubject(actor: Actor | null, idParam: string): SqlSubject {
  return actor ? { id: idParam, role: sqlRoleLiteral(actor.role) } : null;
}
