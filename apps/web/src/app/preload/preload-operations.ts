import type { DocumentNode } from 'graphql';
import { ResourceDocument, SearchResourcesDocument } from '../../generated/graphql';

/**
 * The operations the server runs for a page opened directly and embeds in its HTML (`preload/<name>.graphql` in the
 * build, read by the API's web-app.ts): a shared link's page paints its content with no round trip.
 */
export const PRELOADED_OPERATIONS: Record<string, DocumentNode> = {
  // The resource page's one operation: the resource, its sections and its discussion (decision 0050).
  resource: ResourceDocument,
  search: SearchResourcesDocument,
};
