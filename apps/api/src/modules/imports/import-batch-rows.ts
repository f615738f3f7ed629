import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from '../resources/resources.policy';
import type { KnownResource } from './import-preview';
import type { ImportOutcome } from './import-rows';

/** The resources `subject` may see (slug, title, URL), to find what a file repeats. */
export function findKnownResources(manager: EntityManager, actor: Actor): Promise<KnownResource[]> {
  return queryRows<KnownResource>(
    manager,
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

/** Queues a batch still in preview with the importer's choices; false if it was started already (a second click). */
export async function queueImport(manager: EntityManager, id: string, choices: object): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    manager,
    `UPDATE imports SET state = 'queued', choices = $2, processed = 0, outcomes = '[]'::jsonb
      WHERE id = $1 AND state = 'preview' RETURNING id`,
    [id, JSON.stringify(choices)],
  );
  return rows.length === 1;
}

/** One row's work inside the chunk's transaction: a savepoint, then its release or a rollback to it. */
export const rowSavepoint = {
  open: (manager: EntityManager) => manager.query('SAVEPOINT import_row'),
  release: (manager: EntityManager) => manager.query('RELEASE SAVEPOINT import_row'),
  rollBack: (manager: EntityManager) => manager.query('ROLLBACK TO SAVEPOINT import_row'),
};
