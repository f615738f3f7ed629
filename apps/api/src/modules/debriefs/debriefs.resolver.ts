import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { BatchLoader, requestLoader } from '../../common/database/request-loader';
import { requestReads } from '../../common/database/combined-rows';
import { ResourceObject } from '../resources/dto/resource.object';
import { presentDebrief } from './debrief.presenter';
import { DebriefsService } from './debriefs.service';
import { DebriefInput, DebriefObject } from './dto/debrief.objects';

@Resolver(() => ResourceObject)
export class DebriefsResolver {
  constructor(private readonly service: DebriefsService) {}

  @ResolveField(() => [DebriefObject], { description: 'Field debriefs, newest workshop first (tools only).' })
  async debriefs(
    @Parent() resource: ResourceObject,
    @CurrentActor() actor: Actor | null,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<DebriefObject[]> {
    // Batched per request: a page of resources costs one statement, not one per resource.
    const loader = requestLoader(
      req,
      'resourceDebriefs',
      () =>
        new BatchLoader(
          (ids) => this.service.forResources(ids, requestReads(req)),
          () => [],
        ),
    );
    return (await loader.load(resource.id)).map((row) => presentDebrief(row, actor));
  }

  @Mutation(() => DebriefObject, { description: 'Records how a mediation tool went in a workshop.' })
  async createDebrief(
    @Args('resourceSlug') resourceSlug: string,
    @Args('input') input: DebriefInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<DebriefObject> {
    return presentDebrief(await this.service.create(actor, resourceSlug, input), actor);
  }

  @Mutation(() => DebriefObject)
  async updateDebrief(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DebriefInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<DebriefObject> {
    return presentDebrief(await this.service.update(actor, id, input), actor);
  }

  @Mutation(() => Boolean)
  deleteDebrief(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.service.delete(actor, id);
  }
}
