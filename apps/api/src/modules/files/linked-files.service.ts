import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCEPTED_FILE_EXTENSIONS_TEXT, acceptedFileType } from '@culture-commune/shared';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { DomainError, InvalidInputError } from '../../common/errors/domain-errors';
import { FILES_CONFIG, type FilesConfig } from '../../config/files.config';
import { LINKS_CONFIG, type LinksConfig } from '../../config/links.config';
import { RateLimiter } from '../../security/rate-limits';
import { JobQueue } from '../jobs/job-queue.service';
import { safeFetchStream } from '../links/safe-fetch';
import { detectFileTypeAt } from './detect-file-type';
import { linkedFileName } from './linked-file-name';
import { FILE_STORAGE, fileKeys, type FileStorage } from './storage/file-storage';
import { keepUnattachedFile, uploadedFile, type UploadedFile } from './unattached-file';
import { UploadsService } from './uploads.service';

/**
 * A file taken from a link (decision 0026): « Joindre ce PDF comme fichier » after a pasted URL turned out to be a
 * PDF. Fetched by the server through the link guard (no private address, at any hop), streamed to a temporary file
 * under the per-file cap, judged by its bytes exactly like an upload, and only then stored in parts and kept as an
 * unattached file — so a refused one leaves nothing in storage.
 */
@Injectable()
export class LinkedFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(FILES_CONFIG) private readonly files: FilesConfig,
    @Inject(LINKS_CONFIG) private readonly links: LinksConfig,
    private readonly uploads: UploadsService,
    private readonly rateLimiter: RateLimiter,
    private readonly jobs: JobQueue,
  ) {}

  async fromLink(actor: Actor | null, input: { url?: unknown }): Promise<UploadedFile> {
    const current = this.uploads.checkUploader(actor);
    const address = typeof input.url === 'string' ? input.url.trim() : '';
    if (!address) throw InvalidInputError.of('url', 'required');
    await this.rateLimiter.hit('filesFromLinksPerMember', current.id);
    const dir = await mkdtemp(join(tmpdir(), 'cc-lien-'));
    try {
      const staged = join(dir, 'fichier');
      const { name, size, sha256 } = await this.download(address, staged);
      const type = acceptedFileType(await detectFileTypeAt(staged));
      if (!type) throw new DomainError('badUserInput.fileType', { types: ACCEPTED_FILE_EXTENSIONS_TEXT });
      const id = randomUUID();
      const storageKey = fileKeys.original(id);
      await this.store(staged, storageKey, size);
      try {
        const file = await this.dataSource.transaction((manager) =>
          keepUnattachedFile(manager, this.jobs, {
            id,
            uploadedById: current.id,
            sentName: name,
            type,
            size,
            sha256,
            storageKey,
          }),
        );
        return uploadedFile(file);
      } catch (error) {
        await this.storage.delete(storageKey);
        throw error;
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Streams the link's body to `path` (hashing it on the way); the size cap is the per-file one. */
  private async download(address: string, path: string): Promise<{ name: string; size: number; sha256: string }> {
    const maxMb = Math.round(this.files.maxFileBytes / 1024 / 1024);
    const tooLarge = () => new DomainError('badUserInput.fileTooLarge', { count: maxMb });
    const hash = createHash('sha256');
    let size = 0;
    try {
      const fetched = await safeFetchStream(address, {
        timeoutMs: this.links.fileFetchTimeoutMs,
        maxBytes: this.files.maxFileBytes,
        allowAddresses: this.links.allowAddresses,
        accept: 'application/pdf,*/*;q=0.5',
        userAgent: 'CultureCommune/1.0 (fichier joint)',
      });
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(fetched.body, tap, createWriteStream(path));
      if (size === 0) throw new DomainError('badUserInput.fileType', { types: ACCEPTED_FILE_EXTENSIONS_TEXT });
      return { name: linkedFileName(fetched.url, fetched.contentDisposition), size, sha256: hash.digest('hex') };
    } catch (error) {
      if (error instanceof DomainError && error.reason === 'badUserInput.linkTooLarge') throw tooLarge();
      throw error;
    }
  }

  /** The staged bytes into storage by the upload's own path: parts of the configured size, then joined. */
  private async store(path: string, key: string, size: number): Promise<void> {
    const chunk = this.files.chunkBytes;
    const { multipartId } = await this.storage.startUpload(key, size);
    try {
      const etags: Record<string, string> = {};
      for (let part = 1, start = 0; start < size; part += 1, start += chunk) {
        const length = Math.min(chunk, size - start);
        const body = createReadStream(path, { start, end: start + length - 1 });
        const { etag } = await this.storage.putPart(key, multipartId, part, chunk, body, length);
        if (etag) etags[String(part)] = etag;
      }
      await this.storage.completeUpload(key, multipartId, etags);
    } catch (error) {
      await this.storage.abortUpload(key, multipartId);
      throw error;
    }
  }
}
