import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '@culture-commune/shared';
import { serverMessage } from '../common/errors/error-messages';

/** The path of the first string containing U+0000 in a value, or null. */
export function findNullCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findNullCharacter(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findNullCharacter(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: such input would fail deep in a query. It is refused up front, naming the
 * variable, before any resolver runs.
 */
export function nullCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const found =
            findNullCharacter(request.variables ?? {}, 'variables') ?? findNullCharacter(request.query ?? '', 'query');
          if (found) {
            const params = { where: found };
            throw new GraphQLError(serverMessage('badUserInput.nullCharacter', params), {
              extensions: {
                code: ERROR_CODES.badUserInput,
                reason: 'badUserInput.nullCharacter',
                params,
                http: { status: 400 },
              },
            });
          }
        },
      };
    },
  };
}
