import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../../common/auth/actor';
import { SynonymGroupObject } from './dto/synonym-group.object';
import { SynonymsService } from './synonyms.service';

@Resolver(() => SynonymGroupObject)
export class SynonymsResolver {
  constructor(private readonly service: SynonymsService) {}

  @Query(() => [SynonymGroupObject], {
    description: 'The search vocabulary: built-in groups, then those added by admins.',
  })
  synonymGroups(): Promise<SynonymGroupObject[]> {
    return this.service.list();
  }

  @Mutation(() => SynonymGroupObject, {
    description: 'Adds equivalent terms; search uses them within seconds, without a deploy.',
  })
  addSynonymGroup(
    @Args('terms', { type: () => [String] }) terms: string[],
    @CurrentActor() actor: Actor | null,
  ): Promise<SynonymGroupObject> {
    return this.service.add(actor, terms);
  }

  @Mutation(() => Boolean)
  removeSynonymGroup(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<boolean> {
    return this.service.remove(actor, id);
  }
}
