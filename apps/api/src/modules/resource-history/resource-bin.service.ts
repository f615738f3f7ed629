import { Inject, Injectable } from '@nestjs/common';
import { FileDeletion } from '../files/file-deletion';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { deleteBinnedBefore, findBinned, takeOutOfBin } from './resource-history-rows';
import { NotFoundError } from '../../common/errors/domain-errors';
import { RESOURCE_BIN_CONFIG, type ResourceBinConfig } from '../../config/resource-bin.config';
import { AuditService } from '../audit/audit.service';
import { memberRef } from '../organisations/dto/organisation.objects';
import { OutboxService } from '../outbox/outbox.service';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import type { ResourceBinObject } from './dto/resource-history.objects';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The bin (decision 0019): deleted resources stay there, invisible everywhere, for `retentionDays`; curators list
 * and restore them; the purge job deletes them for good afterwards.
 */
@Injectable()
export class ResourceBinService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RESOURCE_BIN_CONFIG) private readonly config: ResourceBinConfig,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: FileDeletion,
  ) {}

  async list(actor: Actor | null): Promise<ResourceBinObject> {
    requireCurator(actor);
    const rows = await findBinned(this.dataSource.manager);
    return {
      retentionDays: this.config.retentionDays,
      items: rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        title: row.title,
        type: row.type,
        deletedAt: row.deleted_at,
        deletedBy: memberRef(row.by_id, row.by_slug, row.by_name),
        purgeAt: new Date(row.deleted_at.getTime() + this.config.retentionDays * DAY_MS),
      })),
    };
  }

  /** Back everywhere: pages, lists, reading lists and (through the outbox) the search index. Returns its id. */
  async restore(actor: Actor | null, slug: string): Promise<string> {
    const curator = requireCurator(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await takeOutOfBin(manager, slug);
      if (!row) throw new NotFoundError('resource', slug);
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [row.id]);
      await this.audit.record('resource.restored', curator.id, slug, { title: row.title }, manager);
      return row.id;
    });
  }

  /** Deletes for good what has been in the bin longer than the retention; answers how many. Idempotent. */
  async purge(now: Date = this.clock.now()): Promise<number> {
    const before = new Date(now.getTime() - this.config.retentionDays * DAY_MS);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.files.purgingResources(manager, before, () => deleteBinnedBefore(manager, before));
      if (rows.length === 0) return 0;
      // Their documents left the index when they were binned; the event makes sure of it (the indexer is idempotent).
      await this.outbox.enqueue(
        manager,
        RESOURCE_TOPIC,
        rows.map((row) => row.id),
      );
      for (const row of rows) {
        await this.audit.record('resource.purged', null, row.slug, { title: row.title }, manager);
      }
      return rows.length;
    });
  }
}

function requireCurator(actor: Actor | null): Actor {
  const current = requireActor(actor);
  if (!isCurator(current)) throw new ForbiddenError();
  return current;
}
