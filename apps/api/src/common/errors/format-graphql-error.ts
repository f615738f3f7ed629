import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@culture-commune/shared';
import { DomainError } from './domain-errors';
import { serverMessage } from './error-messages';

const logger = new Logger('GraphQL');

/**
 * Shapes every error leaving the API: domain errors keep their code, reason, params, message and details; GraphQL's own
 * validation errors keep theirs; anything else becomes a generic INTERNAL_SERVER_ERROR, logged here,
 * with no stack trace or SQL in the response.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, reason: original.reason, params: original.params, ...original.details },
    };
  }
  const code = formatted.extensions?.code;
  if (!original || (typeof code === 'string' && code !== ERROR_CODES.internal)) {
    // Errors raised before execution (plugins) may carry a reason and params too.
    const { reason, params } = formatted.extensions ?? {};
    // No schema hints to strangers (decision 0008): GraphQL appends « Did you mean … » to enum and field errors.
    const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, '');
    return {
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: reason === undefined ? { code } : { code, reason, params },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: serverMessage('internal.unexpected'),
    path: formatted.path,
    extensions: { code: ERROR_CODES.internal, reason: 'internal.unexpected', params: {} },
  };
}
