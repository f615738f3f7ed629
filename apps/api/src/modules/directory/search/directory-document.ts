import type { DirectoryVisibility, OrganisationKind } from '@culture-commune/shared';
import type { DirectoryDocumentRow } from './directory-document-rows';

/** What the directory index holds for an organisation or a person: never an email. */
export interface DirectoryDocument {
  id: string;
  version: number;
  type: 'organisation' | 'person';
  slug: string;
  name: string;
  function: string | null;
  organisationSlug: string | null;
  organisationName: string | null;
  kind: OrganisationKind | null;
  city: string | null;
  neighbourhood: string | null;
  priorityNeighbourhood: boolean;
  description: string | null;
  themes: string[];
  themeLabels: string[];
  audiences: string[];
  visibility: DirectoryVisibility | null;
  archived: boolean;
  logoId: string | null;
}

export function toDirectoryDocument(row: DirectoryDocumentRow): DirectoryDocument {
  return {
    id: row.id,
    version: row.version,
    type: row.type,
    slug: row.slug,
    name: row.name,
    function: row.function,
    organisationSlug: row.organisation_slug,
    organisationName: row.organisation_name,
    kind: row.kind,
    city: row.city,
    neighbourhood: row.neighbourhood,
    priorityNeighbourhood: row.priority_neighbourhood,
    description: row.description,
    themes: row.themes,
    themeLabels: row.theme_labels,
    audiences: row.audiences,
    visibility: row.directory_visibility,
    archived: row.archived,
    logoId: row.logo_id,
  };
}
