import { HttpException } from '@nestjs/common';
import { ERROR_CODES } from '@culture-commune/shared';
import { ForbiddenError, UnauthenticatedError } from '../auth/require-actor';
import { RateLimitedError } from '../../security/rate-limits';
import { ConflictError } from '../../modules/reading-lists/reading-lists.service';
import { DomainError, InvalidInputError, NotFoundError, ServiceUnavailableError } from './domain-errors';
import { HTTP_STATUS_OF_CODE, UNEXPECTED_ERROR_MESSAGE, httpErrorOf } from './http-status';

describe('httpErrorOf: the HTTP answer of an error on a REST route', () => {
  it('gives every error code a status', () => {
    for (const code of Object.values(ERROR_CODES)) expect(HTTP_STATUS_OF_CODE[code]).toBeGreaterThanOrEqual(400);
  });

  it.each([
    ['not found', 404, new NotFoundError('readingList', 'x')],
    ['forbidden', 403, new ForbiddenError()],
    ['unauthenticated', 401, new UnauthenticatedError()],
    ['bad input', 400, InvalidInputError.of('first', 'range', { min: 1, max: 50 })],
    ['conflict', 409, new ConflictError('conflict.listChanged')],
  ])('%s → %i with the domain message and no Retry-After', (_, status, error) => {
    expect(httpErrorOf(error)).toEqual({ status, message: error.message, unexpected: false });
  });

  it('rate limited → 429 with Retry-After', () => {
    const error = new RateLimitedError(90);
    expect(httpErrorOf(error)).toEqual({
      status: 429,
      message: 'Trop de tentatives. Réessayez dans 2 minutes.',
      retryAfterSeconds: 90,
      unexpected: false,
    });
  });

  it('unavailable → 503, with Retry-After only when waiting helps', () => {
    const busy = new ServiceUnavailableError('unavailable.pdfBusy', {}, 5);
    expect(httpErrorOf(busy)).toMatchObject({ status: 503, message: busy.message, retryAfterSeconds: 5 });
    const missing = new ServiceUnavailableError('unavailable.pdfChromium', { path: '/nulle/part' });
    const noChromium = httpErrorOf(missing);
    expect(noChromium).toMatchObject({ status: 503, message: missing.message });
    expect(noChromium.retryAfterSeconds).toBeUndefined();
  });

  it('an internal domain error, or anything unknown, → 500 with a generic message, flagged for the log', () => {
    expect(httpErrorOf(new DomainError('internal.unexpected', {}, {}, 'SQL: relation x'))).toEqual({
      status: 500,
      message: UNEXPECTED_ERROR_MESSAGE,
      unexpected: true,
    });
    expect(httpErrorOf(new Error('boom at /srv/app.js:12'))).toEqual({
      status: 500,
      message: UNEXPECTED_ERROR_MESSAGE,
      unexpected: true,
    });
  });

  it('Nest HTTP exceptions keep their status', () => {
    expect(httpErrorOf(new HttpException('Trop gros.', 413))).toEqual({
      status: 413,
      message: 'Trop gros.',
      unexpected: false,
    });
  });
});
