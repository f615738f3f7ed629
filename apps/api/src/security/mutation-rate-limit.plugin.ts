import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../common/auth/actor';
import { RateLimitedError, RateLimiter, type RateLimitName } from './rate-limits';

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
          await hitAsClient(limiter, 'mutationsPerClient', contextValue);
        },
      };
    },
  };
}

/** The requesting client: the signed-in member, or the address of a visitor. */
export function clientKey(context: GraphqlContext): string {
  return context.req.actor?.id ?? `ip:${context.req.ip ?? 'unknown'}`;
}

/** Counts `weight` against the client's `name` limit; beyond it, an HTTP 429 error with Retry-After. */
export async function hitAsClient(
  limiter: RateLimiter,
  name: RateLimitName,
  context: GraphqlContext,
  weight = 1,
): Promise<void> {
  try {
    await limiter.hit(name, clientKey(context), weight);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const retryAfter = String(error.details.retryAfterSeconds);
    throw new GraphQLError(error.message, {
      originalError: error,
      extensions: { code: error.code, http: { status: 429, headers: new Map([['retry-after', retryAfter]]) } },
    });
  }
}
