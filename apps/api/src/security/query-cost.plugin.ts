import type { ApolloServerPlugin, GraphQLRequestContextExecutionDidStart } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../common/auth/actor';
import { formatGraphqlError } from '../common/errors/format-graphql-error';
import { GRAPHQL_LIMITS } from './graphql-limits';
import { KnownRefusals } from './known-refusals';
import { clientKey, hitAsClient } from './mutation-rate-limit.plugin';
import { operationCost, queryTooCostlyError } from './query-cost';
import { RateLimitedError, RateLimiter } from './rate-limits';

/**
 * The list-size-aware cost limit (query-cost.ts), computed once the operation and its variables are known (a
 * validation rule sees no variables), then each query's cost spent from the client's budget per minute. Too costly:
 * HTTP 400, nothing counted; budget spent: HTTP 429 with Retry-After.
 *
 * A query (read-only) runs while its cost is counted in PostgreSQL rather than after (decision 0007: the count is a
 * round trip a person would wait for), and its answer leaves only once the count is known: beyond the budget, the
 * answer is replaced by the same HTTP 429 error, with no data. A client this process has seen beyond its budget waits
 * for the count first, as mutations always do, so that it cannot keep the API executing queries it will not get.
 */
export function queryCostPlugin(
  limiter: RateLimiter,
  refusals = new KnownRefusals(),
): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      let counting: Promise<GraphQLError | null> | undefined;
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation.name?.value, request.variables ?? {});
          if (cost > GRAPHQL_LIMITS.maxCost) throw queryTooCostlyError(GRAPHQL_LIMITS.maxCost);
          if (operation.operation !== 'query') return;
          const client = clientKey(contextValue);
          const count = () =>
            hitAsClient(limiter, 'queriesPerClient', contextValue, cost).catch((error: unknown) => {
              if (error instanceof GraphQLError && error.originalError instanceof RateLimitedError)
                refusals.remember(client, error.originalError.details.retryAfterSeconds as number);
              throw error;
            });
          if (refusals.has(client)) return count();
          // Sent on the next turn of the event loop: the execution's first requests (a search's to Meilisearch) leave
          // before it, so that writing the count to PostgreSQL overlaps their wait rather than delaying them.
          counting = new Promise<void>((resolve) => setImmediate(resolve)).then(count).then(
            () => null,
            (error: unknown) =>
              error instanceof GraphQLError
                ? error
                : new GraphQLError(String(error), { originalError: error as Error }),
          );
        },
        async executionDidStart(requestContext) {
          const pending = counting;
          if (!pending) return;
          return {
            async executionDidEnd(executionError) {
              const refusal = await pending;
              // A failed execution answers an error of its own, with no data, whatever the count.
              if (refusal && !executionError) withhold(requestContext, refusal);
            },
          };
        },
      };
    },
  };
}

/** The answer becomes `error` alone, as if it had been thrown before execution (same body, status and headers). */
function withhold(requestContext: GraphQLRequestContextExecutionDidStart<GraphqlContext>, error: GraphQLError): void {
  const { http } = requestContext.response;
  requestContext.response.body = {
    kind: 'single',
    singleResult: { errors: [formatGraphqlError(error.toJSON(), error)] },
  };
  const head = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
  http.status = head?.status ?? 500;
  for (const [name, value] of head?.headers ?? []) http.headers.set(name, value);
}
