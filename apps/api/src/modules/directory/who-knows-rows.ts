import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { readingListsPolicy } from '../reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../resources/resources.policy';
import { directoryPolicy } from './directory.policy';

/** What a person did on a theme (or a set of themes), as the viewer may see it (decision 0031). */
export interface ThemeEvidenceRow {
  member_id: string;
  /** null when summed over the themes asked for. */
  theme_id: string | null;
  declared_expertise: boolean;
  /** Debriefs they wrote on tools (resources) of the theme. */
  debriefs: number;
  /** Resources of the theme they shared. */
  resources: number;
  /** Reading lists they curate that hold resources of the theme. */
  lists: number;
}

/**
 * The evidence counted only on what the viewer may see: resources through `resourcesPolicy`, lists through
 * `readingListsPolicy` (a draft resource or a private list counts for no one who cannot open it), people through
 * `directoryPolicy`. `$1`: the themes (null: all), `$2`: the person (null: everyone), `$3`: the viewer's id.
 */
function evidence(
  manager: EntityManager,
  actor: Actor | null,
  perTheme: boolean,
  themeIds: string[] | null,
  memberId: string | null,
): Promise<ThemeEvidenceRow[]> {
  const themeOf = (column: string) => `($1::uuid[] IS NULL OR ${column} = ANY($1::uuid[]))`;
  return queryRows<ThemeEvidenceRow>(
    manager,
    `WITH theme_resources AS (
       SELECT r.id, r.contributor_id, rt.theme_id FROM resources r JOIN resource_themes rt ON rt.resource_id = r.id
       WHERE ${themeOf('rt.theme_id')} AND ${resourcesPolicy.sqlVisible(actor, 'r', '$3')}),
     facts AS (
       SELECT d.author_id AS member_id, tr.theme_id, 'debrief' AS kind, d.id AS item_id
         FROM debriefs d JOIN theme_resources tr ON tr.id = d.resource_id
       UNION ALL
       SELECT tr.contributor_id, tr.theme_id, 'resource', tr.id FROM theme_resources tr
       UNION ALL
       SELECT l.curator_id, tr.theme_id, 'list', l.id
         FROM reading_lists l JOIN reading_list_items i ON i.list_id = l.id
         JOIN theme_resources tr ON tr.id = i.resource_id
         WHERE ${readingListsPolicy.sqlVisible(actor, 'l', '$3')}
       UNION ALL
       SELECT me.member_id, me.theme_id, 'expertise', me.member_id FROM member_expertise me
         WHERE ${themeOf('me.theme_id')})
     SELECT f.member_id, ${perTheme ? 'f.theme_id' : 'NULL::uuid AS theme_id'},
            bool_or(f.kind = 'expertise') AS declared_expertise,
            (count(DISTINCT f.item_id) FILTER (WHERE f.kind = 'debrief'))::int AS debriefs,
            (count(DISTINCT f.item_id) FILTER (WHERE f.kind = 'resource'))::int AS resources,
            (count(DISTINCT f.item_id) FILTER (WHERE f.kind = 'list'))::int AS lists
     FROM facts f JOIN members m ON m.id = f.member_id
     WHERE ($2::uuid IS NULL OR m.id = $2::uuid) AND ${directoryPolicy.sqlPersonVisible(actor, 'm')}
     GROUP BY f.member_id${perTheme ? ', f.theme_id' : ''}`,
    actor ? [themeIds, memberId, actor.id] : [themeIds, memberId],
  );
}

/** The people who know about `themeIds` (declared expertise or activity), summed over those themes; unranked. */
export function findThemeEvidence(
  manager: EntityManager,
  actor: Actor | null,
  themeIds: string[],
): Promise<ThemeEvidenceRow[]> {
  return evidence(manager, actor, false, themeIds, null);
}

/** One person's evidence per theme, for their page. */
export function findPersonThemeActivity(
  manager: EntityManager,
  actor: Actor | null,
  memberId: string,
): Promise<ThemeEvidenceRow[]> {
  return evidence(manager, actor, true, null, memberId);
}

/** The themes of the resources the viewer may see whose title is `key` (titleKey) or starts with it: a tool named. */
export async function findThemesOfResourcesTitled(
  manager: EntityManager,
  actor: Actor | null,
  key: string,
): Promise<string[]> {
  const rows = await queryRows<{ theme_id: string }>(
    manager,
    `SELECT DISTINCT rt.theme_id FROM resources r JOIN resource_themes rt ON rt.resource_id = r.id
     WHERE (r.title_key = $1 OR r.title_key LIKE $2) AND ${resourcesPolicy.sqlVisible(actor, 'r', '$3')}`,
    actor ? [key, `${key.replace(/[\\%_]/g, '\\$&')} %`, actor.id] : [key, `${key.replace(/[\\%_]/g, '\\$&')} %`],
  );
  return rows.map((row) => row.theme_id);
}
