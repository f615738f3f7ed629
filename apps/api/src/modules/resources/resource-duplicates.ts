import { normaliseUrl, titleKey } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from './resources.policy';

export interface DuplicateRow {
  slug: string;
  title: string;
  sameUrl: boolean;
  sameTitle: boolean;
}

/** Answers shown at most by « Cette ressource existe peut-être déjà ». */
export const DUPLICATES_MAX = 5;

/**
 * Resources the actor may see (drafts of others never) that probably are the one being shared: the same
 * normalised URL, or the same title once case, accents and punctuation are ignored. Same URL first.
 */
export function findPossibleDuplicates(
  manager: EntityManager,
  actor: Actor,
  input: { url?: string | null; title?: string | null; excludeSlug?: string | null },
): Promise<DuplicateRow[]> {
  const urlKey = input.url ? normaliseUrl(input.url) : null;
  const key = input.title ? titleKey(input.title) : '';
  // A title of one or two short words matches too much to mean anything.
  const usefulTitle = key.length >= 8 ? key : null;
  if (!urlKey && !usefulTitle) return Promise.resolve([]);
  return queryRows<DuplicateRow>(
    manager,
    `SELECT r.slug, r.title, coalesce(r.url_key = $2::text, false) AS "sameUrl",
            coalesce(r.title_key = $3::text, false) AS "sameTitle"
       FROM resources r
      WHERE (r.url_key = $2::text OR r.title_key = $3::text)
        AND ${resourcesPolicy.sqlVisible(actor, 'r', '$1::uuid')}
        AND r.slug IS DISTINCT FROM $4::text
      ORDER BY coalesce(r.url_key = $2::text, false) DESC, r.created_at DESC
      LIMIT ${DUPLICATES_MAX}`,
    [actor?.id ?? null, urlKey, usefulTitle, input.excludeSlug ?? null],
  );
}
