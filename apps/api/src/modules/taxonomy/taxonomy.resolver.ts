import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ThemeInput } from './dto/theme.input';
import { ThemesAdminService } from './themes-admin.service';
import { AudienceObject, TagObject, ThemeObject } from './dto/taxonomy.objects';
import { TaxonomyService } from './taxonomy.service';

@Resolver()
export class TaxonomyResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly themesAdmin: ThemesAdminService,
  ) {}

  @Mutation(() => ThemeObject, { description: 'Coordinators and admins: adds a theme to the vocabulary.' })
  createTheme(@Args('input') input: ThemeInput, @CurrentActor() actor: Actor | null): Promise<ThemeObject> {
    return this.themesAdmin.create(actor, input);
  }

  @Mutation(() => ThemeObject, {
    description: 'Coordinators and admins: renames or redescribes a theme (its slug stays).',
  })
  updateTheme(
    @Args('slug') slug: string,
    @Args('input') input: ThemeInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<ThemeObject> {
    return this.themesAdmin.update(actor, slug, input);
  }

  @Mutation(() => Boolean, { description: 'Coordinators and admins: deletes a theme that no resource uses.' })
  deleteTheme(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.themesAdmin.delete(actor, slug);
  }

  @Query(() => [ThemeObject], { description: 'The curated themes, in their editorial order.' })
  themes(): Promise<ThemeObject[]> {
    return this.taxonomy.themes();
  }

  @Query(() => [AudienceObject])
  audiences(): Promise<AudienceObject[]> {
    return this.taxonomy.audiences();
  }

  @Query(() => [TagObject], { description: 'Tags in use; `prefix` matches without accents or case.' })
  tags(
    @Args('prefix', { type: () => String, nullable: true }) prefix: string | undefined,
    @CurrentActor() actor: Actor | null,
  ): Promise<TagObject[]> {
    return this.taxonomy.tags(actor, prefix ?? undefined);
  }
}
