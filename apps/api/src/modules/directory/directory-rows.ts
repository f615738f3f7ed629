import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { eventsPolicy } from '../events/events.policy';
import type { MemberObject } from '../organisations/dto/organisation.objects';
import { resourcesPolicy } from '../resources/resources.policy';
import type { AudienceObject } from '../taxonomy/dto/taxonomy.objects';
import { directoryPolicy } from './directory.policy';
import type { OrganisationDebriefObject, OrganisationEventObject } from './dto/directory.objects';

export async function findOrganisationMemberIds(manager: EntityManager, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    manager,
    `SELECT id FROM members WHERE organisation_id = ANY($1::uuid[])`,
    [organisationIds],
  );
  return rows.map((row) => row.id);
}

/** An organisation with its audiences and the number of its members `actor` may see. */
export interface DirectoryOrganisationRow {
  id: string;
  slug: string;
  name: string;
  kind: string;
  kind_detail: string | null;
  city: string | null;
  neighbourhood: string | null;
  priority_neighbourhood: boolean;
  description: string | null;
  website: string | null;
  public_contact: string | null;
  logo_id: string | null;
  archived_at: Date | null;
  audiences: AudienceObject[];
  member_count: number;
}

/** Organisations by slug (or all when `slug` is null), by name; archived ones only when the policy lets `actor`. */
export function findDirectoryOrganisations(
  manager: EntityManager,
  actor: Actor | null,
  slug: string | null,
): Promise<DirectoryOrganisationRow[]> {
  return queryRows<DirectoryOrganisationRow>(
    manager,
    `SELECT o.id, o.slug, o.name, o.kind, o.kind_detail, o.city, o.neighbourhood, o.priority_neighbourhood,
            o.description, o.website, o.public_contact, o.logo_id, o.archived_at,
            COALESCE((SELECT json_agg(json_build_object('slug', a.slug, 'label', a.label, 'labelEn', a.label_en)
                                      ORDER BY a.position)
                      FROM organisation_audiences oa JOIN audiences a ON a.slug = oa.audience_slug
                      WHERE oa.organisation_id = o.id), '[]'::json) AS audiences,
            (SELECT count(*)::int FROM members m
             WHERE m.organisation_id = o.id AND ${directoryPolicy.sqlPersonVisible(actor, 'm')}) AS member_count
     FROM organisations o
     WHERE ($1::text IS NULL OR o.slug = $1) AND ${directoryPolicy.sqlOrganisationVisible(actor, 'o')}
     ORDER BY o.name`,
    [slug],
  );
}

/** The members of an organisation that `actor` may see, by name (never their email). */
export function findOrganisationMembers(
  manager: EntityManager,
  actor: Actor | null,
  organisationId: string,
): Promise<MemberObject[]> {
  return queryRows<MemberObject>(
    manager,
    `SELECT m.id, m.slug, m.name, m.title, NULL AS organisation FROM members m
     WHERE m.organisation_id = $1 AND ${directoryPolicy.sqlPersonVisible(actor, 'm')} ORDER BY m.name`,
    [organisationId],
  );
}

/** `$1` the organisation and, for a member, `$2` their id (a visitor's rules read no id: no `$2` to bind). */
const withViewer = (organisationId: string, actor: Actor | null): string[] =>
  actor ? [organisationId, actor.id] : [organisationId];

/** Resources the organisation shared that `actor` may see and that are published, newest first. */
export function findOrganisationResources(
  manager: EntityManager,
  actor: Actor | null,
  organisationId: string,
): Promise<{ slug: string; title: string }[]> {
  return queryRows(
    manager,
    `SELECT r.slug, r.title FROM resources r
     WHERE r.organisation_id = $1 AND ${resourcesPolicy.sqlPublished('r')} AND ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}
     ORDER BY r.created_at DESC LIMIT 50`,
    withViewer(organisationId, actor),
  );
}

const DEBRIEFS_SHOWN = 20;

/**
 * Debriefs written by the organisation's members on tools `actor` may see: the latest ones, and the participants
 * reached in all of them. The author is named only when `actor` may see them in the directory.
 */
export async function findOrganisationDebriefs(
  manager: EntityManager,
  actor: Actor | null,
  organisationId: string,
): Promise<{ debriefs: OrganisationDebriefObject[]; participantsReached: number }> {
  const scope = `FROM debriefs d JOIN members m ON m.id = d.author_id JOIN resources r ON r.id = d.resource_id
     WHERE m.organisation_id = $1 AND ${resourcesPolicy.sqlPublished('r')} AND ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}`;
  const rows = await queryRows<{
    id: string;
    resource: { slug: string; title: string };
    author: MemberObject | null;
    workshop_date: string;
    participants: number;
  }>(
    manager,
    `SELECT d.id, json_build_object('slug', r.slug, 'title', r.title) AS resource,
            CASE WHEN ${directoryPolicy.sqlPersonVisible(actor, 'm')}
                 THEN json_build_object('id', m.id, 'slug', m.slug, 'name', m.name, 'title', m.title) END AS author,
            to_char(d.workshop_date, 'YYYY-MM-DD') AS workshop_date, d.participants
     ${scope} ORDER BY d.workshop_date DESC, d.id LIMIT ${DEBRIEFS_SHOWN}`,
    withViewer(organisationId, actor),
  );
  const [total] = await queryRows<{ participants: number }>(
    manager,
    `SELECT COALESCE(sum(d.participants), 0)::int AS participants ${scope}`,
    withViewer(organisationId, actor),
  );
  return {
    debriefs: rows.map((row) => ({
      id: row.id,
      resource: row.resource,
      author: row.author ? { ...row.author, organisation: null } : null,
      workshopDate: row.workshop_date,
      participants: row.participants,
    })),
    participantsReached: total.participants,
  };
}

/** Events the organisation organised that `actor` may see, latest first. */
export function findOrganisationEvents(
  manager: EntityManager,
  actor: Actor | null,
  organisationId: string,
): Promise<OrganisationEventObject[]> {
  return queryRows<OrganisationEventObject>(
    manager,
    `SELECT e.slug, e.title, e.starts_at AS "startsAt" FROM events e
     JOIN event_organisers eo ON eo.event_id = e.id
     WHERE eo.organisation_id = $1 AND ${eventsPolicy.sqlVisible(actor, 'e')} ORDER BY e.starts_at DESC LIMIT 50`,
    [organisationId],
  );
}
