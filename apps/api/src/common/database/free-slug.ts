import { slugify } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from './query-rows';

/**
 * A slug from a title that none of `sources` uses ("titre", "titre-2", …) and that is not one of the web app's own
 * addresses under the same path (`reserved`, e.g. "nouvelle" for /listes/nouvelle).
 */
export async function freeSlug(
  manager: EntityManager,
  title: string,
  options: { sources: string[]; reserved?: readonly string[]; fallback: string },
): Promise<string> {
  const base = slugify(title) || options.fallback;
  const union = options.sources
    .map((table) => `SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`)
    .join(' UNION ');
  const taken = await queryRows<{ slug: string }>(manager, union, [base, `${base}-%`]);
  const used = new Set([...taken.map((row) => row.slug), ...(options.reserved ?? [])]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
