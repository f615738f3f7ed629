import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ResourcesArgs, ResourceInput } from './dto/resource.input';
import { ResourceObject, ResourcePageObject } from './dto/resource.object';
import { presentResource } from './resource.presenter';
import { ResourcesService } from './resources.service';

@Resolver(() => ResourceObject)
export class ResourcesResolver {
  constructor(private readonly service: ResourcesService) {}

  @Query(() => ResourceObject, { description: 'A resource by its slug (an old slug after a title change works too).' })
  async resource(@Args('slug') slug: string): Promise<ResourceObject> {
    return presentResource(await this.service.getBySlug(slug));
  }

  @Query(() => ResourcePageObject, { description: 'Published resources, newest first.' })
  async resources(@Args() { filter, page, pageSize }: ResourcesArgs): Promise<ResourcePageObject> {
    const result = await this.service.list(filter, page, pageSize);
    return { ...result, items: result.items.map(presentResource) };
  }

  @Mutation(() => ResourceObject)
  async createResource(@Args('input') input: ResourceInput): Promise<ResourceObject> {
    return presentResource(await this.service.create(input));
  }

  @Mutation(() => ResourceObject)
  async updateResource(@Args('slug') slug: string, @Args('input') input: ResourceInput): Promise<ResourceObject> {
    return presentResource(await this.service.update(slug, input));
  }

  @Mutation(() => Boolean)
  async deleteResource(@Args('slug') slug: string): Promise<boolean> {
    return this.service.delete(slug);
  }
}
