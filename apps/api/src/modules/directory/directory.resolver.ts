import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { MemberProfileObject } from '../following/dto/following.objects';
import { DirectorySearchService } from './directory-search.service';
import {
  DirectoryOrganisationObject,
  DirectoryResultsObject,
  DirectorySearchInput,
  OrganisationPageObject,
} from './dto/directory.objects';
import { PersonDirectoryObject } from './dto/person-directory.objects';
import { OrganisationPagesService } from './organisation-pages.service';
import { PeopleDirectoryService } from './people-directory.service';

@Resolver()
export class DirectoryResolver {
  constructor(
    private readonly search: DirectorySearchService,
    private readonly pages: OrganisationPagesService,
  ) {}

  @Query(() => DirectoryResultsObject, {
    description: '`/annuaire`: organisations and people; visitors get organisations and the people who chose public.',
  })
  directory(
    @Args('input', { type: () => DirectorySearchInput, defaultValue: {} }) input: DirectorySearchInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<DirectoryResultsObject> {
    return this.search.search(actor, input);
  }

  @Query(() => [DirectoryOrganisationObject], {
    description: 'Every organisation with its directory fields, by name (archived ones for admins only).',
  })
  directoryOrganisations(@CurrentActor() actor: Actor | null): Promise<DirectoryOrganisationObject[]> {
    return this.pages.list(actor);
  }

  @Query(() => OrganisationPageObject, {
    description: '`/structures/<slug>` (NOT_FOUND when archived, but for admins).',
  })
  organisationPage(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<OrganisationPageObject> {
    return this.pages.page(actor, slug);
  }
}

/** A person's page also says what the directory holds about them. */
@Resolver(() => MemberProfileObject)
export class MemberProfileDirectoryResolver {
  constructor(private readonly people: PeopleDirectoryService) {}

  @ResolveField(() => PersonDirectoryObject)
  directory(
    @Parent() profile: MemberProfileObject,
    @CurrentActor() actor: Actor | null,
  ): Promise<PersonDirectoryObject> {
    return this.people.details(actor, profile.member.id);
  }
}
