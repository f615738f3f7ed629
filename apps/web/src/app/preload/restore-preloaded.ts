import type { ApolloClient } from '@apollo/client';
import { PRELOADED_OPERATIONS } from './preload-operations';

/** What the API embeds in a page opened directly (`<script type="application/json" id="cc-preload">`). */
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
  try {
    const preloaded = JSON.parse(element.textContent ?? '') as Preloaded;
    const query = PRELOADED_OPERATIONS[preloaded.operation];
    if (!query || !preloaded.data) return false;
    client.writeQuery({ query, variables: preloaded.variables, data: preloaded.data });
    return true;
  } catch {
    return false;
  }
}
