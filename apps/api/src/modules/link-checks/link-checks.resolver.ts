import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, GqlContext, type Actor, type GraphqlContext } from '../../common/auth/actor';
import { requestReads } from '../../common/database/combined-rows';
import { ResourceObject } from '../resources/dto/resource.object';
import { BrokenLinkPageObject, LinkStatusObject } from './dto/link-check.objects';
import { LinkChecksService } from './link-checks.service';

@Resolver(() => ResourceObject)
export class LinkChecksResolver {
  constructor(private readonly checks: LinkChecksService) {}

  @ResolveField('linkStatus', () => LinkStatusObject, {
    nullable: true,
    description: 'What the weekly link check last found at this address (null: not checked yet).',
  })
  linkStatus(
    @Parent() resource: ResourceObject,
    @GqlContext() { req }: GraphqlContext,
  ): Promise<LinkStatusObject | null> {
    return this.checks.status(resource.id, resource.url, requestReads(req));
  }

  @Query(() => BrokenLinkPageObject, {
    description: 'Resources whose link has been dead for two checks in a row, longest broken first (curators).',
  })
  brokenLinks(
    @CurrentActor() actor: Actor | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<BrokenLinkPageObject> {
    return this.checks.broken(actor, first, after ?? null);
  }
}
