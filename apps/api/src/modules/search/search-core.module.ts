import { Global, Module } from '@nestjs/common';
import { IndexAdminService } from './index-admin.service';
import { meiliClientProvider } from './meili.provider';
import { SearchIndexRegistry } from './search-index.registry';

/** The Meilisearch client, the registry of index definitions and their administration. */
@Global()
@Module({
  providers: [meiliClientProvider, SearchIndexRegistry, IndexAdminService],
  exports: [meiliClientProvider, SearchIndexRegistry, IndexAdminService],
})
export class SearchCoreModule {}
