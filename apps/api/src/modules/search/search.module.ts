import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ResourcesModule } from '../resources/resources.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { SearchFacetsResolver } from './search-facets.resolver';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { QuickSearchService } from './quick-search.service';
import { FileMatchService } from './file-match.service';
import { SynonymsResolver } from './vocabulary/synonyms.resolver';
import { SynonymsService } from './vocabulary/synonyms.service';

@Module({
  imports: [ResourcesModule, TaxonomyModule, OrganisationsModule],
  providers: [
    SearchResolver,
    SearchFacetsResolver,
    SearchService,
    QuickSearchService,
    FileMatchService,
    SynonymsResolver,
    SynonymsService,
  ],
})
export class SearchModule {}
