import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { OrganisationIndexDefinition } from './search/organisation-index.definition';

@Module({
  providers: [OrganisationsResolver, OrganisationsService, OrganisationIndexDefinition],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
