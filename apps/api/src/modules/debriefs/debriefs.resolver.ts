import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ResourceObject } from '../resources/dto/resource.object';
import { DebriefRow, DebriefsService } from './debriefs.service';
import { debriefsPolicy } from './debriefs.policy';
import { DebriefInput, DebriefObject } from './dto/debrief.objects';

function presentDebrief(row: DebriefRow, actor: Actor | null): DebriefObject {
  return {
    id: row.id,
    date: row.workshop_date,
    context: row.context,
    audience: row.audience_slug ? { slug: row.audience_slug, label: row.audience_label!, labelEn: row.audience_label_en! } : null,
    ageBand: row.age_band,
    participants: row.participants,
    durationMinutes: row.duration_minutes,
    parentsPresent: row.parents_present,
    wentWell: row.went_well,
    toAdjust: row.to_adjust,
    rating: row.rating,
    author: row.author_id ? { id: row.author_id, slug: row.author_slug!, name: row.author_name!, title: row.author_title, organisation: null } : null,
    createdAt: row.created_at,
    edited: row.updated_at.getTime() - row.created_at.getTime() > 1000,
    viewerCanEdit: debriefsPolicy.canEdit(actor, { authorId: row.author_id }),
  };
}

@Resolver(() => ResourceObject)
export class DebriefsResolver {
  constructor(private readonly service: DebriefsService) {}

  @ResolveField(() => [DebriefObject], { description: 'Field debriefs, newest workshop first (tools only).' })
  async debriefs(@Parent() resource: ResourceObject, @CurrentActor() actor: Actor | null): Promise<DebriefObject[]> {
    return (await this.service.forResource(resource.id)).map((row) => presentDebrief(row, actor));
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
