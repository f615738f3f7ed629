import { EntityManager } from 'typeorm';
import { ResourceVersionEntity } from './resource-version.entity';
import { loadSnapshot } from './resource-history-rows';
import { changedFields } from './resource-snapshot';

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
  const last = await manager.findOne(ResourceVersionEntity, {
    where: { resourceId },
    select: { version: true, snapshot: true },
    order: { version: 'DESC' },
  });
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
