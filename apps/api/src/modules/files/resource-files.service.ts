import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FILE_LIMITS } from '@culture-commune/shared';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { groupBy } from '../../common/database/request-loader';
import type { CombinedReads } from '../../common/database/combined-rows';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { FILES_CONFIG, type FilesConfig } from '../../config/files.config';
import { findAttachedFiles, type AttachedFileRow } from './file-rows';
import { filesPolicy } from './files.policy';
import { ResourceFileEntity } from './resource-file.entity';
import { uuidOrNull } from './uploads.service';

/** A file in a resource write: its id and whether it is the main one; the list's order is the display order. */
export interface FileChoice {
  id: string;
  main?: boolean | null;
}

/** The files on resources: read for GraphQL, and set in the resource's write transaction. */
@Injectable()
export class ResourceFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILES_CONFIG) private readonly config: FilesConfig,
  ) {}

  async attachedTo(resourceIds: string[], reads?: CombinedReads): Promise<Map<string, AttachedFileRow[]>> {
    return groupBy(await findAttachedFiles(this.dataSource.manager, resourceIds, reads), (row) => row.resourceId);
  }

  /**
   * Makes `choices` the resource's files, in the caller's transaction: attaches the actor's own unattached uploads,
   * keeps and reorders files already on it, marks those left out as removed (kept for history until the purge).
   * BAD_USER_INPUT on `files` for a file one may not attach, past the per-resource cap, or with several main files.
   */
  async setFiles(manager: EntityManager, actor: Actor, resourceId: string, choices: FileChoice[], now: Date) {
    const ids = choices.map((choice) => uuidOrNull(choice.id));
    const wanted = ids.filter((id): id is string => id !== null);
    const found = wanted.length ? await manager.find(ResourceFileEntity, { where: { id: In(wanted) } }) : [];
    const byId = new Map(found.map((file) => [file.id, file]));
    const refused = choices
      .filter((choice, index) => {
        const file = byId.get(ids[index] ?? '');
        return !file || !filesPolicy.canAttach(actor, file, resourceId);
      })
      .map((choice) => choice.id);
    if (refused.length) throw InvalidInputError.of('files', 'fileUnavailable', { values: refused.join(', ') });
    if (new Set(wanted).size !== wanted.length) {
      throw InvalidInputError.of('files', 'duplicate', { values: wanted.join(', ') });
    }
    if (choices.length > FILE_LIMITS.maxFilesPerResource) {
      throw InvalidInputError.of('files', 'maxItems', { max: FILE_LIMITS.maxFilesPerResource });
    }
    const total = found.reduce((sum, file) => sum + Number(file.size), 0);
    if (total > this.config.maxResourceBytes) {
      throw InvalidInputError.of('files', 'maxTotalSize', {
        max: Math.round(this.config.maxResourceBytes / 1024 / 1024),
      });
    }
    const mains = choices.filter((choice) => choice.main).length;
    if (mains > 1) throw InvalidInputError.of('files', 'oneMainFile');
    const mainIndex = Math.max(
      0,
      choices.findIndex((choice) => choice.main),
    );
    // Files left out first, so that the partial unique index on the main file never sees two at once.
    await manager.update(
      ResourceFileEntity,
      { resourceId, removedAt: IsNull(), ...(wanted.length ? { id: notIn(wanted) } : {}) },
      { removedAt: now, isMain: false },
    );
    await manager.update(ResourceFileEntity, { resourceId, isMain: true }, { isMain: false });
    for (const [position, id] of wanted.entries()) {
      const file = byId.get(id)!;
      await manager.update(
        ResourceFileEntity,
        { id },
        {
          resourceId,
          position,
          isMain: position === mainIndex,
          removedAt: null,
          attachedAt: file.attachedAt ?? now,
        },
      );
    }
  }
}

function notIn(ids: string[]) {
  // TypeORM has no NotIn helper for update criteria; Not(In()) composes it.
  return Not(In(ids));
}
