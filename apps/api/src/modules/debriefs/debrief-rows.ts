import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { type CombinedReads, readRows } from '../../common/database/combined-rows';

export interface DebriefRow {
  id: string;
  resource_id: string;
  author_id: string | null;
  workshop_date: string;
  context: string;
  audience_slug: string | null;
  audience_label: string | null;
  audience_label_en: string | null;
  age_band: string | null;
  participants: number;
  duration_minutes: number | null;
  parents_present: boolean;
  went_well: string;
  to_adjust: string;
  rating: number;
  created_at: Date;
  updated_at: Date;
  author_slug: string | null;
  author_name: string | null;
  author_title: string | null;
}

const SELECT = `
  SELECT d.id, d.resource_id, d.author_id, to_char(d.workshop_date, 'YYYY-MM-DD') AS workshop_date, d.context, d.audience_slug,
         a.label AS audience_label, a.label_en AS audience_label_en, d.age_band, d.participants, d.duration_minutes, d.parents_present,
         d.went_well, d.to_adjust, d.rating, d.created_at, d.updated_at, m.slug AS author_slug, m.name AS author_name, m.title AS author_title
    FROM debriefs d LEFT JOIN audiences a ON a.slug = d.audience_slug LEFT JOIN members m ON m.id = d.author_id`;

/** Debriefs of a resource, newest workshop first. */
export function findDebriefsOfResource(manager: EntityManager, resourceId: string): Promise<DebriefRow[]> {
  return queryRows<DebriefRow>(
    manager,
    `${SELECT} WHERE d.resource_id = $1 ORDER BY d.workshop_date DESC, d.created_at DESC`,
    [resourceId],
  );
}

/** Debriefs of several resources in one statement, each resource's newest workshop first. */
export function findDebriefsOfResources(
  manager: EntityManager,
  resourceIds: string[],
  reads?: CombinedReads,
): Promise<DebriefRow[]> {
  return readRows<DebriefRow>(
    manager,
    {
      sql: `${SELECT} WHERE d.resource_id = ANY($1::uuid[]) ORDER BY d.workshop_date DESC, d.created_at DESC`,
      params: [resourceIds],
      dates: ['created_at', 'updated_at'],
    },
    reads,
  );
}

/** One debrief, or null. */
export async function findDebrief(manager: EntityManager, id: string): Promise<DebriefRow | null> {
  const [row] = await queryRows<DebriefRow>(manager, `${SELECT} WHERE d.id = $1`, [id]);
  return row ?? null;
}

/** Names that are not children's in a debrief of this resource: every member's, and the resource's authors. */
export async function findNamesAllowedInDebrief(manager: EntityManager, resourceId: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    manager,
    `SELECT name FROM members UNION SELECT unnest(authors) FROM resources WHERE id = $1`,
    [resourceId],
  );
  return rows.map((row) => row.name);
}
