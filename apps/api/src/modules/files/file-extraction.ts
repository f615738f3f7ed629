import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EXTRACTION_CONFIG, type ExtractionConfig } from '../../config/extraction.config';
import { JobHandlerRegistry } from '../jobs/job-handlers';
import { queueResourcesOfFiles } from '../resources/search/file-text-rows';
import { extractFile, type ExtractionResult } from './extraction/extract-file';
import { saveExtractedText } from './file-rows';
import { ResourceFileEntity } from './resource-file.entity';
import { FILE_STORAGE, fileKeys, type FileStorage } from './storage/file-storage';
import { FILES_EXTRACT_QUEUE } from './uploads.service';

/** Past the extraction's own limit, the job leaves time to read the bytes (S3) and write the pages. */
const JOB_MARGIN_MS = 60_000;

/**
 * The `files.extract` job (decisions 0023, 0024): reads a stored file in a bounded child process, stores its
 * thumbnail, then in one transaction replaces the file's pages, records its text status and queues its resource's
 * search document. A file that cannot be read is an answer (status `failed` with a French message), not a retry;
 * only storage or database errors make the job fail and retry.
 */
@Injectable()
export class FileExtraction implements OnModuleInit {
  private readonly logger = new Logger('Files');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(EXTRACTION_CONFIG) private readonly limits: ExtractionConfig,
    private readonly registry: JobHandlerRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(FILES_EXTRACT_QUEUE, {
      run: async (payload) => this.extract(String(payload.fileId)),
      // Each extraction is a child process of up to FILES_EXTRACT_MAX_MEMORY_MB: one at a time per replica.
      concurrency: 1,
      maxAttempts: 3,
      timeoutMs: this.limits.timeoutMs + JOB_MARGIN_MS,
      describe: (payload) => `Extraction du texte du fichier ${String(payload.fileId)}`,
    });
  }

  /** Idempotent: running it again replaces the pages and the thumbnail; a file deleted meanwhile is skipped. */
  async extract(fileId: string): Promise<void> {
    const file = await this.dataSource.getRepository(ResourceFileEntity).findOneBy({ id: fileId });
    if (!file) return;
    const started = Date.now();
    const result = await this.storage.withLocalCopy(file.storageKey, (path) =>
      extractFile(path, file.mediaType, this.limits),
    );
    const thumbnailKey = result.thumbnail ? fileKeys.thumbnail(file.id) : null;
    if (result.thumbnail && thumbnailKey) await this.storage.put(thumbnailKey, result.thumbnail, 'image/webp');
    await this.save(file.id, result, thumbnailKey);
    this.logger.log(
      `Fichier ${file.id} (${file.mediaType}) : ${result.status}, ${result.pages.length} page(s) en ${Date.now() - started} ms` +
        (result.error ? ` — ${result.error}` : ''),
    );
  }

  private async save(fileId: string, result: ExtractionResult, thumbnailKey: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const saved = await saveExtractedText(manager, fileId, {
        status: result.status,
        error: result.error,
        pages: result.pages,
        pageCount: result.unit ? result.pages.length : null,
        thumbnailKey,
      });
      if (saved) await queueResourcesOfFiles(manager, [fileId]);
    });
  }
}
