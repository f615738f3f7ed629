import type { ApolloClient } from '@apollo/client';
import { PRELOADED_OPERATIONS } from './preload-operations';

/** One answer of the list the API embeds in a page opened directly (`<script type="application/json" id="cc-preload">`). */
interface Preloaded {
  operation: string;
  variables: Record<string, unknown>;
  data: Record<string, unknown>;
}

/**
 * Writes the answer the server embedded in the page into the cache before the first render, so that the page shows
 * its content at once instead of « Chargement… » and asks nothing more of the network. Anything unreadable is ignored:
 * the page then loads as usual.
 */
export function restorePreloaded(client: ApolloClient, page: Document = document): boolean {
  const element = page.getElementById('cc-preload');
  if (!element) return false;
  element.remove();
  let restored = false;
  try {
    const preloaded = JSON.parse(element.textContent ?? '') as Preloaded[];
    for (const { operation, variables, data } of Array.isArray(preloaded) ? preloaded : []) {
      const query = PRELOADED_OPERATIONS[operation];
      if (!query || !data) continue;
      client.writeQuery({ query, variables, data });
      restored = true;
    }
  } catch {
    // Unreadable: the page loads its data as usual.
  }
  return restored;
}
