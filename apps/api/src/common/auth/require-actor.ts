import { DomainError } from '../errors/domain-errors';
import type { ErrorReason } from '@culture-commune/shared';
import type { Actor } from './actor';

export class UnauthenticatedError extends DomainError {
  constructor(reason: Extract<ErrorReason, `unauthenticated.${string}`> = 'unauthenticated.signInRequired') {
    super(reason);
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason: Extract<ErrorReason, `forbidden.${string}`> = 'forbidden.default') {
    super(reason);
  }
}

/** The actor, or UNAUTHENTICATED. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
