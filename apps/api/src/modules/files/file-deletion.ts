import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { FILES_CONFIG, type FilesConfig } from '../../config/files.config';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { JobQueue } from '../jobs/job-queue.service';
import {
  deleteExpiredUploads,
  deleteUnattachedFilesBefore,
  findFilesOfBinnedBefore,
  type FileKeysRow,
} from './file-rows';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage';

export const FILES_DELETE_QUEUE = 'files.delete';
export const FILES_SWEEP_QUEUE = 'files.sweep';

/** One sweep an hour, once across replicas. */
export function filesSweepSlot(now: Date): string {
  return `sweep@${now.toISOString().slice(0, 13)}`;
}

/**
 * Deleting bytes happens in jobs (decision 0022), enqueued in the transaction that drops the rows, so that bytes are
 * never deleted for a rollback nor left behind for a commit. An hourly sweep drops unfinished uploads past their
 * expiry (with their parts) and files uploaded but never attached within a day.
 */
@Injectable()
export class FileDeletion implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(FILES_CONFIG) private readonly config: FilesConfig,
    private readonly registry: JobHandlerRegistry,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register(FILES_DELETE_QUEUE, {
      // Idempotent: deleting a missing key is not an error; an aborted multipart upload stays aborted.
      run: async (payload) => {
        const { keys = [], multipart } = payload as { keys?: string[]; multipart?: { key: string; id: string | null } };
        if (multipart) await this.storage.abortUpload(multipart.key, multipart.id);
        for (const key of keys) await this.storage.delete(key);
      },
      concurrency: 2,
      maxAttempts: 5,
      timeoutMs: 60_000,
      describe: (payload) =>
        `Suppression de fichiers (${String((payload.keys as string[] | undefined)?.join(', ') ?? payload.multipart)})`,
    });
    this.registry.register(FILES_SWEEP_QUEUE, {
      run: async () => void (await this.sweep()),
      concurrency: 1,
      maxAttempts: 3,
      timeoutMs: 10 * 60 * 1000,
      describe: () => 'Nettoyage des téléversements abandonnés et des fichiers jamais joints',
    });
    this.registry.schedule({ queue: FILES_SWEEP_QUEUE, slot: filesSweepSlot });
  }

  /**
   * In the purge's transaction: `purge` deletes the resources binned before `before` (their file rows go with them by
   * cascade); one deletion job is enqueued per file of those it did delete.
   */
  async purgingResources<T extends { id: string }>(
    manager: EntityManager,
    before: Date,
    purge: () => Promise<T[]>,
  ): Promise<T[]> {
    const files = await findFilesOfBinnedBefore(manager, before);
    const purged = await purge();
    const ids = new Set(purged.map((row) => row.id));
    for (const file of files.filter((file) => ids.has(file.resourceId))) await this.enqueueFile(manager, file);
    return purged;
  }

  /** In the transaction that drops the rows naming them: deletes stored objects (logos, kits' photos…) after commit. */
  async deletingKeys(manager: EntityManager, keys: string[]): Promise<void> {
    if (keys.length) await this.jobs.enqueue(manager, FILES_DELETE_QUEUE, { keys });
  }

  /** Drops expired uploads and stale unattached files; answers how many of each. */
  async sweep(): Promise<{ uploads: number; files: number }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const uploads = await deleteExpiredUploads(manager, now);
      for (const upload of uploads) {
        await this.jobs.enqueue(manager, FILES_DELETE_QUEUE, {
          keys: [upload.storageKey],
          multipart: { key: upload.storageKey, id: upload.multipartId },
        });
      }
      const files = await deleteUnattachedFilesBefore(
        manager,
        new Date(now.getTime() - this.config.unattachedExpiryMs),
      );
      for (const file of files) await this.enqueueFile(manager, file);
      return { uploads: uploads.length, files: files.length };
    });
  }

  private async enqueueFile(manager: EntityManager, file: FileKeysRow): Promise<void> {
    const keys = [file.storageKey, ...(file.thumbnailKey ? [file.thumbnailKey] : [])];
    await this.jobs.enqueue(manager, FILES_DELETE_QUEUE, { fileId: file.id, keys });
  }
}
