import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer leaves with `Cache-Control: no-store` (they carry what one person may see). Apollo's cache
 * control plugin said the same, since no field has a cache hint, but it computed a policy for every field of every
 * answer (a tenth of a search's GraphQL execution, decision 0007): it is disabled in app.module and this says it once.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
