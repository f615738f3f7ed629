import { HttpException } from '@nestjs/common';
import { ERROR_CODES, ErrorCode } from '@culture-commune/shared';
import { DomainError } from './domain-errors';

/**
 * The HTTP status of each domain error code, for the REST routes (exports, feeds, calendars). What a person
 * may not see is reported by the services as NOT_FOUND, never FORBIDDEN, so a private list or event is not
 * revealed to someone who cannot see it; FORBIDDEN is for what they can see but not do.
 */
export const HTTP_STATUS_OF_CODE: Record<ErrorCode, number> = {
  [ERROR_CODES.badUserInput]: 400,
  [ERROR_CODES.unauthenticated]: 401,
  [ERROR_CODES.forbidden]: 403,
  [ERROR_CODES.notFound]: 404,
  [ERROR_CODES.conflict]: 409,
  [ERROR_CODES.tooManyRequests]: 429,
  [ERROR_CODES.internal]: 500,
  [ERROR_CODES.unavailable]: 503,
};

export const UNEXPECTED_ERROR_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

export interface HttpErrorAnswer {
  status: number;
  message: string;
  /** Seconds for a Retry-After header (429, 503), when waiting will help. */
  retryAfterSeconds?: number;
  /** True when the error is not one a person can act on: log it, and show only a generic message. */
  unexpected: boolean;
}

/** What a REST route answers for an error: domain errors by their code, Nest's HTTP exceptions by their status. */
export function httpErrorOf(error: unknown): HttpErrorAnswer {
  if (error instanceof DomainError) {
    const status = HTTP_STATUS_OF_CODE[error.code] ?? 500;
    const retry = error.details.retryAfterSeconds;
    return {
      status,
      message: status === 500 ? UNEXPECTED_ERROR_MESSAGE : error.message,
      retryAfterSeconds:
        (status === 429 || status === 503) && typeof retry === 'number' && retry > 0 ? Math.ceil(retry) : undefined,
      unexpected: status === 500,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return {
      status,
      message: status >= 500 ? UNEXPECTED_ERROR_MESSAGE : error.message,
      unexpected: status >= 500,
    };
  }
  return { status: 500, message: UNEXPECTED_ERROR_MESSAGE, unexpected: true };
}
