import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError } from '../../common/auth/require-actor';
import { queryRows } from '../../common/database/query-rows';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { ResourceEntity } from '../resources/resource.entity';
import { resourcesPolicy } from '../resources/resources.policy';
import { ResourcesService } from '../resources/resources.service';
import type { ResourceVersionObject } from './dto/resource-history.objects';
import { presentVersions, type VersionRow } from './present-version';
import { snapshotToDraft, type ResourceSnapshot } from './resource-snapshot';

/** The versions of a resource, and restoring one of them as a new version (decision 0019). */
@Injectable()
export class ResourceHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, for whoever may view the resource (anyone else gets NOT_FOUND, as for the resource itself). */
  async history(actor: Actor | null, resourceId: string): Promise<ResourceVersionObject[]> {
    const [facts] = await queryRows<{
      slug: string;
      visibility: ResourceEntity['visibility'];
      contributor_id: string | null;
      deleted_at: Date | null;
    }>(this.dataSource.manager, `SELECT slug, visibility, contributor_id, deleted_at FROM resources WHERE id = $1`, [
      resourceId,
    ]);
    const visible =
      facts &&
      resourcesPolicy.canView(actor, {
        visibility: facts.visibility,
        contributorId: facts.contributor_id,
        deletedAt: facts.deleted_at,
      });
    if (!visible) throw new NotFoundError('resource', facts?.slug ?? resourceId);
    const rows = await queryRows<VersionRow>(
      this.dataSource.manager,
      `SELECT v.version, v.created_at, v.changed_fields, v.snapshot, m.id AS author_id, m.slug AS author_slug, m.name AS author_name
         FROM resource_versions v LEFT JOIN members m ON m.id = v.author_id
        WHERE v.resource_id = $1 ORDER BY v.version`,
      [resourceId],
    );
    return presentVersions(rows);
  }

  /**
   * Writes a new version equal to an earlier one, through the normal update path: validation (a theme deleted
   * since is reported on `themeSlugs`), slug history, outbox → search, notifications. History is never rewritten.
   */
  async restoreVersion(actor: Actor | null, slug: string, version: number): Promise<ResourceEntity> {
    const resource = await this.resources.getBySlug(slug, actor);
    const facts = { visibility: resource.visibility, contributorId: resource.contributor?.id ?? null, deletedAt: null };
    if (!resourcesPolicy.canEdit(actor, facts)) throw new ForbiddenError('forbidden.resourceEditor');
    const [row] = await queryRows<{ snapshot: ResourceSnapshot }>(
      this.dataSource.manager,
      `SELECT snapshot FROM resource_versions WHERE resource_id = $1 AND version = $2`,
      [resource.id, version],
    );
    if (!row) {
      const [{ last }] = await queryRows<{ last: number | null }>(
        this.dataSource.manager,
        `SELECT max(version) AS last FROM resource_versions WHERE resource_id = $1`,
        [resource.id],
      );
      throw InvalidInputError.of('version', 'range', { min: 1, max: last ?? 1 });
    }
    return this.resources.update(actor, resource.slug, snapshotToDraft(row.snapshot), (manager) =>
      this.audit.record(
        'resource.version-restored',
        actor!.id,
        resource.slug,
        { version, title: resource.title },
        manager,
      ),
    );
  }
}
