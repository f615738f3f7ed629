import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/** The network's days are Paris days: a view at 00:30 in Lyon counts on that day, not the UTC one before. */
export const NETWORK_TIME_ZONE = 'Europe/Paris';

/** One more view of a resource on the day of `at`; who viewed is not stored. */
export async function countResourceView(manager: EntityManager, resourceId: string, at: Date): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO resource_daily_views (resource_id, day, views)
     VALUES ($1, ($2::timestamptz AT TIME ZONE '${NETWORK_TIME_ZONE}')::date, 1)
     ON CONFLICT (resource_id, day) DO UPDATE SET views = resource_daily_views.views + 1`,
    [resourceId, at.toISOString()],
  );
}

/** Crawlers and link previews announce themselves; a browser (headless ones included) does not match. */
export function isLikelyBot(userAgent: string | undefined): boolean {
  return (
    !userAgent ||
    /bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|embedly|curl|wget|python-requests/i.test(userAgent)
  );
}
