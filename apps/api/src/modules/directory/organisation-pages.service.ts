import { Injectable } from '@nestjs/common';
import { logoUrl } from '@culture-commune/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import {
  findDirectoryOrganisations,
  findOrganisationDebriefs,
  findOrganisationEvents,
  findOrganisationMembers,
  findOrganisationResources,
  type DirectoryOrganisationRow,
} from './directory-rows';
import type { DirectoryOrganisationObject, OrganisationPageObject } from './dto/directory.objects';

export function presentOrganisation(row: DirectoryOrganisationRow): DirectoryOrganisationObject {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind as DirectoryOrganisationObject['kind'],
    kindDetail: row.kind_detail,
    city: row.city,
    neighbourhood: row.neighbourhood,
    priorityNeighbourhood: row.priority_neighbourhood,
    audiences: row.audiences,
    description: row.description,
    website: row.website,
    publicContact: row.public_contact,
    logoUrl: logoUrl(row.logo_id),
    archivedAt: row.archived_at,
    memberCount: row.member_count,
  };
}

/** The organisations of the directory and an organisation's page, as `actor` may see them (directory.policy.ts). */
@Injectable()
export class OrganisationPagesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor | null): Promise<DirectoryOrganisationObject[]> {
    return (await findDirectoryOrganisations(this.dataSource.manager, actor, null)).map(presentOrganisation);
  }

  async bySlug(actor: Actor | null, slug: string): Promise<DirectoryOrganisationObject> {
    const [row] = await findDirectoryOrganisations(this.dataSource.manager, actor, slug);
    if (!row) throw new NotFoundError('organisation', slug);
    return presentOrganisation(row);
  }

  async page(actor: Actor | null, slug: string): Promise<OrganisationPageObject> {
    const manager = this.dataSource.manager;
    const organisation = await this.bySlug(actor, slug);
    const [members, resources, debriefs, events] = await Promise.all([
      findOrganisationMembers(manager, actor, organisation.id),
      findOrganisationResources(manager, actor, organisation.id),
      findOrganisationDebriefs(manager, actor, organisation.id),
      findOrganisationEvents(manager, actor, organisation.id),
    ]);
    return { organisation, members, resources, ...debriefs, events };
  }
}
