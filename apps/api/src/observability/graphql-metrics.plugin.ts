import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlContext } from '../common/auth/actor';
import { graphqlDuration, graphqlErrors, operationLabel, startTimer } from './metrics';
import { currentContext } from './request-context';

/** Names the request's operation for its log line, times it by operation name, and counts errors by code. */
export function graphqlMetricsPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      const elapsed = startTimer();
      let operation = 'anonymous';
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: document }) {
          operation = operationLabel(operationName ?? document?.name?.value);
          type = document?.operation ?? 'unknown';
          const context = currentContext();
          if (context) context.operation = operation;
        },
        async willSendResponse({ response }) {
          graphqlDuration.observe({ operation, type }, elapsed());
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) {
            const code = error.extensions?.code;
            graphqlErrors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
          }
        },
      };
    },
  };
}
