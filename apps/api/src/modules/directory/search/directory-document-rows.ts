import type { DirectoryVisibility, OrganisationKind } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../common/database/query-rows';

/** One organisation or person of the directory, as its search document is built from. */
export interface DirectoryDocumentRow {
  type: 'organisation' | 'person';
  id: string;
  version: number;
  slug: string;
  name: string;
  function: string | null;
  organisation_slug: string | null;
  organisation_name: string | null;
  kind: OrganisationKind | null;
  city: string | null;
  neighbourhood: string | null;
  priority_neighbourhood: boolean;
  description: string | null;
  themes: string[];
  theme_labels: string[];
  audiences: string[];
  /** A person's choice; null for an organisation, which every visitor sees unless archived. */
  directory_visibility: DirectoryVisibility | null;
  archived: boolean;
  logo_id: string | null;
}

/**
 * The organisations and people among `ids` (the directory index holds both; ids are UUIDs, never shared). An
 * organisation's themes are its active members' expertise; a person takes their organisation's kind and place. A
 * deactivated person has no document: the outbox removes it.
 */
export function findDirectoryDocumentRows(manager: EntityManager, ids: string[]): Promise<DirectoryDocumentRow[]> {
  return queryRows<DirectoryDocumentRow>(
    manager,
    `SELECT 'organisation' AS type, o.id, o.version, o.slug, o.name, NULL AS function,
            NULL AS organisation_slug, NULL AS organisation_name, o.kind, o.city, o.neighbourhood,
            o.priority_neighbourhood, o.description,
            ARRAY(SELECT DISTINCT t.slug FROM members m JOIN member_expertise me ON me.member_id = m.id
                  JOIN themes t ON t.id = me.theme_id WHERE m.organisation_id = o.id AND m.deactivated_at IS NULL
                  ORDER BY 1) AS themes,
            ARRAY(SELECT DISTINCT t.label FROM members m JOIN member_expertise me ON me.member_id = m.id
                  JOIN themes t ON t.id = me.theme_id WHERE m.organisation_id = o.id AND m.deactivated_at IS NULL
                  ORDER BY 1) AS theme_labels,
            ARRAY(SELECT oa.audience_slug FROM organisation_audiences oa WHERE oa.organisation_id = o.id
                  ORDER BY 1) AS audiences,
            NULL AS directory_visibility, o.archived_at IS NOT NULL AS archived, o.logo_id
     FROM organisations o WHERE o.id = ANY($1::uuid[])
     UNION ALL
     SELECT 'person', m.id, m.version, m.slug, m.name, m.title, o.slug, o.name, o.kind, o.city, o.neighbourhood,
            COALESCE(o.priority_neighbourhood, false), NULL,
            ARRAY(SELECT t.slug FROM member_expertise me JOIN themes t ON t.id = me.theme_id
                  WHERE me.member_id = m.id ORDER BY t.position),
            ARRAY(SELECT t.label FROM member_expertise me JOIN themes t ON t.id = me.theme_id
                  WHERE me.member_id = m.id ORDER BY t.position),
            ARRAY(SELECT ma.audience_slug FROM member_audiences ma WHERE ma.member_id = m.id ORDER BY 1),
            m.directory_visibility, false, NULL::uuid
     FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id
     WHERE m.id = ANY($1::uuid[]) AND m.deactivated_at IS NULL`,
    [ids],
  );
}

/** Every organisation and person id with its version, in id order, for reindex and drift checks. */
export function findDirectoryIds(
  manager: EntityManager,
  afterId: string | null,
  limit: number,
): Promise<{ id: string; version: number }[]> {
  return queryRows(
    manager,
    `SELECT id, version FROM (SELECT id, version FROM organisations
                                  UNION ALL SELECT id, version FROM members WHERE deactivated_at IS NULL) x
     WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
}

export async function countDirectoryEntries(manager: EntityManager): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    manager,
    `SELECT (SELECT count(*) FROM organisations)::int + (SELECT count(*) FROM members WHERE deactivated_at IS NULL)::int AS count`,
  );
  return row.count;
}
