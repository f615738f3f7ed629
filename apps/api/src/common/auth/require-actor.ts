import { DomainError } from '../errors/domain-errors';
import { ERROR_CODES } from '@culture-commune/shared';
import type { Actor } from './actor';

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Connectez-vous pour continuer.') {
    super(ERROR_CODES.unauthenticated, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Vous n’avez pas les droits pour cette action.') {
    super(ERROR_CODES.forbidden, message);
  }
}

/** The actor, or UNAUTHENTICATED. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
