import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ResourcesModule } from '../resources/resources.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [ResourcesModule, TaxonomyModule, OrganisationsModule],
  providers: [SearchResolver, SearchService],
})
export class SearchModule {}
