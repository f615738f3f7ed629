import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ResourceObject } from '../resources/dto/resource.object';
import { presentResource } from '../resources/resource.presenter';
import { ResourcesService } from '../resources/resources.service';
import { ResourceBinObject, ResourceVersionObject } from './dto/resource-history.objects';
import { ResourceBinService } from './resource-bin.service';
import { ResourceHistoryService } from './resource-history.service';

@Resolver(() => ResourceObject)
export class ResourceHistoryResolver {
  constructor(
    private readonly versions: ResourceHistoryService,
    private readonly bin: ResourceBinService,
    private readonly resources: ResourcesService,
  ) {}

  @ResolveField('history', () => [ResourceVersionObject], {
    description: 'Every version, newest first: who, when, which fields changed, before and after.',
  })
  history(@Parent() resource: ResourceObject, @CurrentActor() actor: Actor | null): Promise<ResourceVersionObject[]> {
    return this.versions.history(actor, resource.id);
  }

  @Mutation(() => ResourceObject, {
    description: 'Writes a new version equal to an earlier one (its contributor and curators). History is kept.',
  })
  async restoreResourceVersion(
    @Args('slug') slug: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentActor() actor: Actor | null,
  ): Promise<ResourceObject> {
    return presentResource(await this.versions.restoreVersion(actor, slug, version), actor);
  }

  @Query(() => ResourceBinObject, { description: 'Deleted resources waiting in the bin (curators).' })
  resourceBin(@CurrentActor() actor: Actor | null): Promise<ResourceBinObject> {
    return this.bin.list(actor);
  }

  @Mutation(() => ResourceObject, { description: 'Takes a resource out of the bin (curators).' })
  async restoreResource(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<ResourceObject> {
    await this.bin.restore(actor, slug);
    return presentResource(await this.resources.getBySlug(slug, actor), actor);
  }
}
