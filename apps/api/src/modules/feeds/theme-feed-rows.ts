import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from '../resources/resources.policy';

/** A feed is fetched without a session and may be republished: it shows what a visitor sees. */
const ANYONE = null;

export interface FeedEntryRow {
  slug: string;
  title: string;
  summary: string;
  authors: string[] | null;
  created_at: Date;
  updated_at: Date;
  contributor: string | null;
  organisation: string | null;
  themes: string[];
}

/** The latest `limit` resources of a theme that anyone may see, newest first, with their themes' labels in order. */
export function findThemeFeedEntries(manager: EntityManager, themeId: string, limit: number): Promise<FeedEntryRow[]> {
  return queryRows<FeedEntryRow>(
    manager,
    `SELECT r.slug, r.title, r.summary, r.authors, r.created_at, r.updated_at, m.name AS contributor, o.name AS organisation,
              ARRAY(SELECT t.label FROM resource_themes x JOIN themes t ON t.id = x.theme_id WHERE x.resource_id = r.id ORDER BY t.position) AS themes
       FROM resources r
       JOIN resource_themes rt ON rt.resource_id = r.id AND rt.theme_id = $1
       LEFT JOIN members m ON m.id = r.contributor_id
       LEFT JOIN organisations o ON o.id = r.organisation_id
       WHERE ${resourcesPolicy.sqlVisibleTo(ANYONE, 'r')}
       ORDER BY r.created_at DESC, r.id
       LIMIT $2`,
    [themeId, limit],
  );
}
