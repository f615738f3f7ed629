import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';

/**
 * Restores the answers the server embedded in a page opened directly (`<script type="application/json"
 * id="cc-preload">`), already normalised as this cache holds them (the API's web-app-cache.ts), before the first
 * render: the page shows its content at once instead of « Chargement… » and asks nothing more of the network. A copy,
 * not a write: normalising the answers here was the longest task of a phone's start-up (decision 0053). Those answers
 * are fresh: the first render's queries take them as they are, even those that would ask the network too
 * (`cache-and-network`), instead of asking again and rendering twice, until `endPreloadedPriority`. Anything unreadable
 * is ignored: the page then loads as usual.
 */
export function restorePreloaded(client: ApolloClient, page: Document = document): boolean {
  const element = page.getElementById('cc-preload');
  if (!element) return false;
  element.remove();
  try {
    const cache: unknown = JSON.parse(element.textContent ?? '');
    if (!isNormalisedCache(cache)) return false;
    client.cache.restore(cache);
    client.prioritizeCacheValues = true;
    return true;
  } catch {
    // Unreadable: the page loads its data as usual.
    return false;
  }
}

/** Once the first render's queries are subscribed (App's effect): from then on, queries follow their own policy. */
export function endPreloadedPriority(client: ApolloClient): void {
  client.prioritizeCacheValues = false;
}

/** A normalised cache has its root query, an object of objects. */
function isNormalisedCache(value: unknown): value is NormalizedCacheObject {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value as Record<string, unknown>);
  return (
    'ROOT_QUERY' in value &&
    entries.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))
  );
}
