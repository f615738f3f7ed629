import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/** The names of a report's theme and organisation filters (null when unset or unknown). */
export async function findFilterNames(
  manager: EntityManager,
  filters: { themeSlug: string | null; organisationSlug: string | null },
): Promise<{ theme: string | null; organisation: string | null }> {
  const [row] = await queryRows<{ theme: string | null; organisation: string | null }>(
    manager,
    `SELECT (SELECT label FROM themes WHERE slug = $1) AS theme, (SELECT name FROM organisations WHERE slug = $2) AS organisation`,
    [filters.themeSlug, filters.organisationSlug],
  );
  return row;
}
