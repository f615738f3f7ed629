import { Injectable } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { SimpleIndexDefinition } from '../../search/simple-index.definition';
import { SearchIndexRegistry } from '../../search/search-index.registry';
import { OrganisationEntity } from '../organisation.entity';

export const ORGANISATION_TOPIC = 'organisation';

export interface OrganisationDocument {
  id: string;
  version: number;
  slug: string;
  name: string;
  kind: string | null;
  city: string | null;
  description: string | null;
  /** Archived organisations stay indexed for admins (directory.policy.ts, organisationSearchFilter). */
  archived: boolean;
}

/** Organisations of the network in the one search box ("médiathèque", "Cognin"). */
@Injectable()
export class OrganisationIndexDefinition extends SimpleIndexDefinition<OrganisationEntity, OrganisationDocument> {
  readonly name = 'organisations';
  readonly topic = ORGANISATION_TOPIC;
  protected readonly entity = OrganisationEntity;
  protected readonly indexSettings: Settings = {
    searchableAttributes: ['name', 'city', 'kind', 'description'],
    filterableAttributes: ['archived'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
  };

  constructor(registry: SearchIndexRegistry) {
    super();
    registry.register(this);
  }

  protected toDocument(row: OrganisationEntity): OrganisationDocument {
    const { id, version, slug, name, kind, city, description } = row;
    return { id, version, slug, name, kind, city, description, archived: row.archivedAt !== null };
  }
}
