import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { resourcesPolicy } from '../resources/resources.policy';
import type { KnownResource } from './import-preview';
import type { ImportOutcome } from './import-rows';

/** The resources `subject` may see (slug, title, URL), to find what a file repeats. */
export function findKnownResources(manager: EntityManager, actor: Actor): Promise<KnownResource[]> {
  return manager.query(
    `SELECT r.slug, r.title, r.url FROM resources r WHERE ${resourcesPolicy.sqlVisible(actor, 'r', '$1')}`,
    [actor.id],
  );
}

/** Appends outcomes and counts them as processed, in the caller's transaction (with the row's resource, if any). */
export async function recordOutcomes(manager: EntityManager, importId: string, outcomes: ImportOutcome[]) {
  await manager.query(`UPDATE imports SET outcomes = outcomes || $2::jsonb, processed = processed + $3 WHERE id = $1`, [
    importId,
    JSON.stringify(outcomes),
    outcomes.length,
  ]);
}

export async function setImportState(
  manager: EntityManager,
  importId: string,
  state: 'running' | 'done' | 'failed',
): Promise<void> {
  await manager.query(
    `UPDATE imports SET state = $2::varchar, finished_at = CASE WHEN $2::varchar IN ('done', 'failed') THEN now() END WHERE id = $1`,
    [importId, state],
  );
}
