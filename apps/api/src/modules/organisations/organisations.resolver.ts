import { Query, Resolver } from '@nestjs/graphql';
import { OrganisationObject } from './dto/organisation.objects';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationObject)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Query(() => [OrganisationObject], { description: 'The organisations of the network, by name.' })
  organisations(): Promise<OrganisationObject[]> {
    return this.service.list();
  }
}
