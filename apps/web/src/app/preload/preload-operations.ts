import type { DocumentNode } from 'graphql';
import { ResourceQuery } from '../../features/resources/graphql/resource-page.documents';
import { SearchResourcesQuery } from '../../features/search/graphql/search.queries';
import { ViewerQuery } from '../../shared/viewer/viewer.documents';

/**
 * The operations the server runs for a page opened directly and embeds in its HTML (`preload/<name>.graphql` in the
 * build, read by the API's web-app.ts): a shared link's page paints its content with no round trip. The pages' own
 * document objects, not the generated module's: the build inlines those in the pages' modules, and a second copy of
 * each would travel in the first download (decision 0051).
 */
export const PRELOADED_OPERATIONS: Record<string, DocumentNode> = {
  // The resource page's one operation: the resource, its sections and its discussion (decision 0050).
  resource: ResourceQuery,
  search: SearchResourcesQuery,
  // Who is there: nobody, on a preloaded page (only visitors' pages are). The header needs no round trip either.
  viewer: ViewerQuery,
};
