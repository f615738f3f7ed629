import type { EntityManager } from 'typeorm';
import { queryRows } from './common/database/query-rows';

/** What a shared link's preview shows of a resource: only a public, live one (the page's HTML is the same for all). */
export interface SharedResourceRow {
  slug: string;
  title: string;
  summary: string | null;
  thumbnail_file_id: string | null;
}

export async function publicResourceForPreview(
  manager: EntityManager,
  slug: string,
): Promise<SharedResourceRow | null> {
  const [row] = await queryRows<SharedResourceRow>(
    manager,
    `SELECT r.slug, r.title, r.summary,
            (SELECT f.id FROM resource_files f WHERE f.resource_id = r.id AND f.is_main AND f.removed_at IS NULL
                AND f.thumbnail_key IS NOT NULL LIMIT 1) AS thumbnail_file_id
       FROM resources r
      WHERE r.slug = $1 AND r.visibility = 'public' AND r.deleted_at IS NULL`,
    [slug],
  );
  return row ?? null;
}
