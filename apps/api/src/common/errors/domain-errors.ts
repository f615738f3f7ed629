import { IntrinsicException } from '@nestjs/common';
import { ERROR_CODES, ErrorCode, ValidationIssue, describeIssue } from '@culture-commune/shared';

/** An error a person can act on; mapped to a GraphQL error with a stable `extensions.code`. */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string) {
    super(ERROR_CODES.notFound, `${what} « ${key} » est introuvable.`);
  }
}

/** Bad input: the message names each field and the rule it breaks; `issues` carries them for forms. */
export class InvalidInputError extends DomainError {
  constructor(readonly issues: ValidationIssue[]) {
    super(ERROR_CODES.badUserInput, issues.map((issue) => describeIssue(issue)).join(' '), {
      issues: issues.map((issue) => ({ ...issue, message: describeIssue(issue) })),
    });
  }

  static of(field: string, rule: ValidationIssue['rule'], params?: ValidationIssue['params']): InvalidInputError {
    return new InvalidInputError([{ field, rule, params }]);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(
    message: string,
    /** When to try again, for a Retry-After header; absent when waiting will not help (e.g. Chromium missing). */
    readonly retryAfterSeconds?: number,
  ) {
    super(ERROR_CODES.unavailable, message, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}
