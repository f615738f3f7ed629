import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { DirectoryOrganisationObject, OrganisationInput } from './dto/directory.objects';
import { OrganisationPagesService } from './organisation-pages.service';
import { OrganisationsAdminService } from './organisations-admin.service';

/** Admins only; every mutation is recorded in the audit log. */
@Resolver(() => DirectoryOrganisationObject)
export class OrganisationsAdminResolver {
  constructor(
    private readonly admin: OrganisationsAdminService,
    private readonly pages: OrganisationPagesService,
  ) {}

  @Mutation(() => DirectoryOrganisationObject, { description: 'Admins only.' })
  async createOrganisation(
    @Args('input') input: OrganisationInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<DirectoryOrganisationObject> {
    return this.pages.bySlug(actor, await this.admin.create(actor, input));
  }

  @Mutation(() => DirectoryOrganisationObject, { description: 'Admins only.' })
  async updateOrganisation(
    @Args('slug') slug: string,
    @Args('input') input: OrganisationInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<DirectoryOrganisationObject> {
    return this.pages.bySlug(actor, await this.admin.update(actor, slug, input));
  }

  @Mutation(() => DirectoryOrganisationObject, {
    description: 'Admins only: archived (true) hides it from everyone but admins; false brings it back.',
  })
  async setOrganisationArchived(
    @Args('slug') slug: string,
    @Args('archived') archived: boolean,
    @CurrentActor() actor: Actor | null,
  ): Promise<DirectoryOrganisationObject> {
    return this.pages.bySlug(actor, await this.admin.setArchived(actor, slug, archived));
  }

  @Mutation(() => DirectoryOrganisationObject, {
    description:
      'Admins only: moves the members, resources, debriefs (through their authors), events, invitations and follows of `mergeSlug` to `keepSlug`, then deletes it; one transaction.',
  })
  async mergeOrganisations(
    @Args('keepSlug') keepSlug: string,
    @Args('mergeSlug') mergeSlug: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<DirectoryOrganisationObject> {
    return this.pages.bySlug(actor, await this.admin.merge(actor, keepSlug, mergeSlug));
  }
}
