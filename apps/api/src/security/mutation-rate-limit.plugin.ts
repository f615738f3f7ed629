import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlContext } from '../common/auth/actor';
import { RateLimiter } from './rate-limits';

/** A general limit on mutations per signed-in member, or per address for visitors. */
export function mutationRateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const client = contextValue.req.actor?.id ?? `ip:${contextValue.req.ip ?? 'unknown'}`;
          await limiter.hit('mutationsPerClient', client);
        },
      };
    },
  };
}
