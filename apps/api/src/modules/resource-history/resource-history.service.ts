import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { ResourceEntity } from '../resources/resource.entity';
import { resourcesPolicy } from '../resources/resources.policy';
import { ResourcesService } from '../resources/resources.service';
import type { ResourceVersionObject } from './dto/resource-history.objects';
import { presentVersions } from './present-version';
import { findResourceFacts, findVersions } from './resource-history-rows';
import { ResourceVersionEntity } from './resource-version.entity';
import { snapshotToDraft } from './resource-snapshot';

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
    const facts = await findResourceFacts(this.dataSource.manager, resourceId);
    const visible =
      facts &&
      resourcesPolicy.canView(actor, {
        visibility: facts.visibility,
        contributorId: facts.contributor_id,
        deletedAt: facts.deleted_at,
      });
    if (!visible) throw new NotFoundError('resource', facts?.slug ?? resourceId);
    return presentVersions(await findVersions(this.dataSource.manager, resourceId));
  }

  /**
   * Writes a new version equal to an earlier one, through the normal update path: validation (a theme deleted
   * since is reported on `themeSlugs`), slug history, outbox → search, notifications. History is never rewritten.
   */
  async restoreVersion(actor: Actor | null, slug: string, version: number): Promise<ResourceEntity> {
    requireActor(actor);
    const resource = await this.resources.getBySlug(slug, actor);
    const facts = { visibility: resource.visibility, contributorId: resource.contributor?.id ?? null, deletedAt: null };
    if (!resourcesPolicy.canEdit(actor, facts)) throw new ForbiddenError('forbidden.resourceEditor');
    const row = await this.dataSource.manager.findOne(ResourceVersionEntity, {
      where: { resourceId: resource.id, version },
      select: { snapshot: true },
    });
    if (!row) {
      const last = await this.dataSource.manager.maximum(ResourceVersionEntity, 'version', { resourceId: resource.id });
      throw InvalidInputError.of('version', 'range', { min: 1, max: last ?? 1 });
    }
    // A duplicate address is only a warning, and this state was accepted when it was written: no second question.
    const draft = { ...snapshotToDraft(row.snapshot), confirmDuplicate: true };
    return this.resources.update(actor, resource.slug, draft, (manager) =>
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
