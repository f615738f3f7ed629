import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { PossibleDuplicatesArgs, ResourcesArgs, ResourceInput } from './dto/resource.input';
import { PossibleDuplicateObject, ResourceObject, ResourcePageObject } from './dto/resource.object';
import { presentResource } from './resource.presenter';
import { ResourcesService } from './resources.service';

@Resolver(() => ResourceObject)
export class ResourcesResolver {
  constructor(private readonly service: ResourcesService) {}

  @Query(() => ResourceObject, { description: 'A resource by its slug (an old slug after a title change works too).' })
  async resource(
    @Args('slug') slug: string,
    @Args('countView', {
      defaultValue: false,
      description: 'True from the resource page only: counts one view for the day (who viewed is not stored).',
    })
    countView: boolean,
    @CurrentActor() actor: Actor | null,
    @GqlContext() context: GraphqlContext,
  ): Promise<ResourceObject> {
    const resource = countView
      ? await this.service.openPage(slug, actor, context.req.headers['user-agent'])
      : await this.service.getBySlug(slug, actor);
    return presentResource(resource, actor);
  }

  @Query(() => ResourcePageObject, { description: 'Published resources, newest first.' })
  async resources(
    @Args() { filter, page, pageSize }: ResourcesArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<ResourcePageObject> {
    const result = await this.service.list(actor, filter, page, pageSize);
    return { ...result, items: result.items.map((item) => presentResource(item, actor)) };
  }

  @Query(() => [PossibleDuplicateObject], {
    description:
      'Resources you can see with the same normalised URL or title (« Cette ressource existe peut-être déjà »).',
  })
  possibleDuplicates(
    @Args() args: PossibleDuplicatesArgs,
    @CurrentActor() actor: Actor | null,
  ): Promise<PossibleDuplicateObject[]> {
    return this.service.possibleDuplicates(actor, args);
  }

  @Mutation(() => ResourceObject)
  async createResource(
    @Args('input') input: ResourceInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<ResourceObject> {
    return presentResource(await this.service.create(actor, input), actor);
  }

  @Mutation(() => ResourceObject)
  async updateResource(
    @Args('slug') slug: string,
    @Args('input') input: ResourceInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<ResourceObject> {
    return presentResource(await this.service.update(actor, slug, input), actor);
  }

  @Mutation(() => Boolean)
  async deleteResource(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.service.delete(actor, slug);
  }
}
