import { IntrinsicException } from '@nestjs/common';
import {
  ERROR_REASONS,
  EntityKind,
  ErrorCode,
  ErrorParams,
  ErrorReason,
  ValidationIssue,
  describeIssue,
} from '@culture-commune/shared';
import { serverMessage } from './error-messages';

/**
 * An error a person can act on; mapped to a GraphQL error with a stable `extensions.code`, a stable
 * `extensions.reason` (the web app translates it) and `extensions.params`. The message is the French one.
 */
export class DomainError extends IntrinsicException {
  readonly code: ErrorCode;

  constructor(
    readonly reason: ErrorReason,
    readonly params: ErrorParams = {},
    readonly details: Record<string, unknown> = {},
    message = serverMessage(reason, params),
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = ERROR_REASONS[reason];
  }
}

export class NotFoundError extends DomainError {
  /** `key`: the slug or id asked for; absent when it would mean nothing to the person (a used link). */
  constructor(kind: EntityKind, key?: string) {
    super(`notFound.${kind}`, key === undefined ? {} : { key });
  }
}

/** Bad input: the message names each field and the rule it breaks; `issues` carries them for forms. */
export class InvalidInputError extends DomainError {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      'badUserInput.invalid',
      {},
      { issues: issues.map((issue) => ({ ...issue, message: describeIssue(issue) })) },
      issues.map((issue) => describeIssue(issue)).join(' '),
    );
  }

  static of(field: string, rule: ValidationIssue['rule'], params?: ValidationIssue['params']): InvalidInputError {
    return new InvalidInputError([{ field, rule, params }]);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(
    reason: Extract<ErrorReason, `unavailable.${string}`>,
    params: ErrorParams = {},
    /** When to try again, for a Retry-After header; absent when waiting will not help (e.g. Chromium missing). */
    readonly retryAfterSeconds?: number,
  ) {
    super(reason, params, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}
