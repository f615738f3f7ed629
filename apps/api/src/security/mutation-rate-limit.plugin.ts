import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../common/auth/actor';
import { RateLimitedError, RateLimiter } from './rate-limits';

/**
 * A general limit on mutations per signed-in member, or per address for visitors. Refused requests answer HTTP 429
 * with Retry-After (an error thrown here, before execution, would otherwise be an HTTP 500 for Apollo).
 */
export function mutationRateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const client = contextValue.req.actor?.id ?? `ip:${contextValue.req.ip ?? 'unknown'}`;
          try {
            await limiter.hit('mutationsPerClient', client);
          } catch (error) {
            if (!(error instanceof RateLimitedError)) throw error;
            const retryAfter = String(error.details.retryAfterSeconds);
            throw new GraphQLError(error.message, {
              originalError: error,
              extensions: { code: error.code, http: { status: 429, headers: new Map([['retry-after', retryAfter]]) } },
            });
          }
        },
      };
    },
  };
}
