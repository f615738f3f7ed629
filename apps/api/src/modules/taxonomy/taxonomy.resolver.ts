import { Args, Query, Resolver } from '@nestjs/graphql';
import { AudienceObject, TagObject, ThemeObject } from './dto/taxonomy.objects';
import { TaxonomyService } from './taxonomy.service';

@Resolver()
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Query(() => [ThemeObject], { description: 'The curated themes, in their editorial order.' })
  themes(): Promise<ThemeObject[]> {
    return this.taxonomy.themes();
  }

  @Query(() => [AudienceObject])
  audiences(): Promise<AudienceObject[]> {
    return this.taxonomy.audiences();
  }

  @Query(() => [TagObject], { description: 'Tags in use; `prefix` matches without accents or case.' })
  tags(@Args('prefix', { type: () => String, nullable: true }) prefix?: string): Promise<TagObject[]> {
    return this.taxonomy.tags(prefix ?? undefined);
  }
}
