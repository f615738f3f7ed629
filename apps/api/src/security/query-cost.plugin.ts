import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlContext } from '../common/auth/actor';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { hitAsClient } from './mutation-rate-limit.plugin';
import { operationCost, queryTooCostlyError } from './query-cost';
import { RateLimiter } from './rate-limits';

/**
 * The list-size-aware cost limit (query-cost.ts), computed once the operation and its variables are known (a
 * validation rule sees no variables), then each query's cost spent from the client's budget per minute. Too costly:
 * HTTP 400, nothing counted; budget spent: HTTP 429 with Retry-After.
 */
export function queryCostPlugin(limiter: RateLimiter): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation.name?.value, request.variables ?? {});
          if (cost > GRAPHQL_LIMITS.maxCost) throw queryTooCostlyError(GRAPHQL_LIMITS.maxCost);
          if (operation.operation === 'query') await hitAsClient(limiter, 'queriesPerClient', contextValue, cost);
        },
      };
    },
  };
}
