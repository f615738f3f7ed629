import { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { ResourceVersionEntity } from './resource-version.entity';
import { ResourceSnapshot, changedFields, loadSnapshot } from './resource-snapshot';

/**
 * Records the resource's current state as its next version, inside the writing transaction (the caller holds the
 * row: a new row, or `update`'s FOR UPDATE lock, so version numbers cannot collide). Called once per write path of
 * `ResourcesService`; a write that changes nothing still leaves a version (with no changed field): it happened.
 */
export async function recordResourceVersion(
  manager: EntityManager,
  resourceId: string,
  authorId: string | null,
): Promise<number> {
  const [last] = await queryRows<{ version: number; snapshot: ResourceSnapshot }>(
    manager,
    `SELECT version, snapshot FROM resource_versions WHERE resource_id = $1 ORDER BY version DESC LIMIT 1`,
    [resourceId],
  );
  const snapshot = await loadSnapshot(manager, resourceId);
  const version = (last?.version ?? 0) + 1;
  await manager.insert(ResourceVersionEntity, {
    resourceId,
    version,
    authorId,
    changedFields: changedFields(last?.snapshot ?? null, snapshot),
    snapshot,
  });
  return version;
}
