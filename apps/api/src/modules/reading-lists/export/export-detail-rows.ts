import type { AuthorKind } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../common/database/query-rows';

/** What citation exports carry besides the list's own view of a reading (issue 13, item 3). */
export interface ExportDetails {
  publisher: string | null;
  language: string;
  /** Theme labels (in the themes' order), then tags (alphabetical). */
  keywords: string[];
  /** When it was shared in the library: the date it was consulted, for web pages. */
  sharedOn: Date;
  /** Authors the contributor marked as a person or an organisation, by name (decision 0027). */
  authorKinds: Record<string, AuthorKind>;
}

/** Details of the given resources, by slug (callers pass only slugs the reader may see). */
export async function exportDetailRows(manager: EntityManager, slugs: string[]): Promise<Map<string, ExportDetails>> {
  if (slugs.length === 0) return new Map();
  const rows = await queryRows<ExportDetails & { slug: string }>(
    manager,
    `SELECT r.slug, r.publisher, r.language, r.created_at AS "sharedOn", r.author_kinds AS "authorKinds",
            ARRAY(SELECT t.label FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id
                  WHERE rt.resource_id = r.id ORDER BY t.position, t.label)
            || ARRAY(SELECT g.label FROM resource_tags rg JOIN tags g ON g.id = rg.tag_id
                     WHERE rg.resource_id = r.id ORDER BY g.label) AS keywords
     FROM resources r WHERE r.slug = ANY($1)`,
    [slugs],
  );
  return new Map(rows.map(({ slug, ...details }) => [slug, details]));
}

/**
 * A theme or tag as a keyword: commas and semicolons separate keywords in CSL-JSON, BibLaTeX and our CSV, so one inside
 * a name (« Écrans, santé et sommeil ») becomes a space; an import matches themes the same way.
 */
export const keywordText = (word: string) => word.replace(/[,;\s]+/g, ' ').trim();
