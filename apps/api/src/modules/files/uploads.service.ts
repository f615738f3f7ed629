import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ACCEPTED_FILE_EXTENSIONS_TEXT, acceptedFileType, safeFileName } from '@culture-commune/shared';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { FILES_CONFIG, type FilesConfig } from '../../config/files.config';
import { JobQueue } from '../jobs/job-queue.service';
import { resourcesPolicy } from '../resources/resources.policy';
import { FileUploadEntity } from './file-upload.entity';
import { recordUploadPart } from './file-rows';
import { detectFileType } from './detect-file-type';
import { ResourceFileEntity } from './resource-file.entity';
import { keepUnattachedFile, uploadedFile, type UploadedFile } from './unattached-file';
import { FILE_STORAGE, fileKeys, type FileStorage } from './storage/file-storage';
import { PartLengthError } from './storage/storage-keys';

export { FILES_EXTRACT_QUEUE, type UploadedFile } from './unattached-file';

export interface UploadState {
  id: string;
  nom: string;
  taille: number;
  tailleParties: number;
  nombreParties: number;
  partiesRecues: number[];
}

/**
 * Uploads in numbered parts (decision 0022): start, send parts in any order (again after a broken connection), finish.
 * Finishing decides the type from the bytes, refuses what is not accepted, and makes an unattached file that the
 * resource form then attaches.
 */
@Injectable()
export class UploadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(FILES_CONFIG) private readonly config: FilesConfig,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Members only: checked before a request body is read. */
  checkUploader(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!resourcesPolicy.canCreate(current)) throw new ForbiddenError();
    return current;
  }

  async start(actor: Actor | null, input: { nom?: unknown; taille?: unknown }): Promise<UploadState> {
    const current = this.checkUploader(actor);
    const size = Number(input.taille);
    if (!Number.isInteger(size) || size < 1)
      throw InvalidInputError.of('taille', 'range', { min: 1, max: this.config.maxFileBytes });
    if (size > this.config.maxFileBytes) {
      throw new DomainError('badUserInput.fileTooLarge', { count: Math.round(this.config.maxFileBytes / 1024 / 1024) });
    }
    const sent = typeof input.nom === 'string' ? input.nom : '';
    const id = randomUUID();
    const storageKey = fileKeys.original(id);
    const { multipartId } = await this.storage.startUpload(storageKey, size);
    const upload = await this.dataSource.manager.save(
      this.dataSource.manager.create(FileUploadEntity, {
        id,
        ownerId: current.id,
        fileName: safeFileName(sent, sentExtension(sent)),
        size: String(size),
        chunkSize: this.config.chunkBytes,
        receivedParts: [],
        storageKey,
        multipartId,
        partEtags: {},
        expiresAt: new Date(this.clock.now().getTime() + this.config.uploadExpiryMs),
      }),
    );
    return stateOf(upload);
  }

  async state(actor: Actor | null, id: string): Promise<UploadState> {
    return stateOf(await this.ownUpload(actor, id));
  }

  /** The exact length part `part` must have, or null when there is no such part. */
  async expectedPartLength(actor: Actor | null, id: string, part: number): Promise<number | null> {
    const upload = await this.ownUpload(actor, id);
    const { count } = partsOf(upload);
    if (!Number.isInteger(part) || part < 1 || part > count) return null;
    return partLength(upload, part);
  }

  /** Streams part `part` to storage; `length` is the request's Content-Length, which must be the part's exact size. */
  async putPart(actor: Actor | null, id: string, part: number, body: Readable, length: number): Promise<UploadState> {
    const upload = await this.ownUpload(actor, id);
    const { count } = partsOf(upload);
    const refused = () => new DomainError('badUserInput.filePart', { count, size: partLength(upload, part) ?? 0 });
    if (!Number.isInteger(part) || part < 1 || part > count || length !== partLength(upload, part)) throw refused();
    let etag: string | null;
    try {
      ({ etag } = await this.storage.putPart(
        upload.storageKey,
        upload.multipartId,
        part,
        upload.chunkSize,
        body,
        length,
      ));
    } catch (error) {
      if (error instanceof PartLengthError) throw refused();
      throw error;
    }
    upload.receivedParts = await recordUploadPart(this.dataSource.manager, upload.id, part, etag);
    return stateOf(upload);
  }

  /**
   * Joins the parts, decides the type from the bytes, and keeps the file (unattached) or refuses and deletes it. One
   * « fin » at a time per upload: the upload's row stays locked until the file is kept or refused, so a « fin » sent
   * twice at once waits, then finds the upload gone and answers the file made (or, when the first was refused, that
   * the upload no longer exists) — never two files, never an error from bytes deleted under its feet.
   */
  async finish(actor: Actor | null, id: string): Promise<UploadedFile> {
    const current = requireActor(actor);
    const key = uuidOrNull(id);
    if (!key) throw new NotFoundError('upload', id);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const upload = await manager.findOne(FileUploadEntity, {
        where: { id: key },
        lock: { mode: 'pessimistic_write' },
      });
      if (!upload) return null;
      if (upload.ownerId !== current.id) throw new NotFoundError('upload', id);
      const { count } = partsOf(upload);
      const missing = count - upload.receivedParts.length;
      if (missing > 0) throw new DomainError('badUserInput.fileIncomplete', { count: missing });
      await this.storage.completeUpload(upload.storageKey, upload.multipartId, upload.partEtags);
      const type = acceptedFileType(await detectFileType(this.storage, upload.storageKey));
      await manager.delete(FileUploadEntity, { id: upload.id });
      if (!type) {
        await this.storage.delete(upload.storageKey);
        return { refused: true as const };
      }
      const file = await keepUnattachedFile(manager, this.jobs, {
        id: upload.id,
        uploadedById: current.id,
        sentName: upload.fileName,
        type,
        size: Number(upload.size),
        sha256: await this.hashOf(upload.storageKey),
        storageKey: upload.storageKey,
      });
      return { file };
    });
    if (!outcome) return this.alreadyFinished(current, id);
    if ('refused' in outcome) throw new DomainError('badUserInput.fileType', { types: ACCEPTED_FILE_EXTENSIONS_TEXT });
    return uploadedFile(outcome.file);
  }

  /** « fin » sent again after its answer was lost: the file it made, if it is the actor's. */
  private async alreadyFinished(actor: Actor, id: string): Promise<UploadedFile> {
    const file = await this.dataSource.manager.findOneBy(ResourceFileEntity, { id: uuidOrNull(id) ?? undefined });
    if (!file || file.uploadedById !== actor.id) throw new NotFoundError('upload', id);
    return uploadedFile(file);
  }

  private async hashOf(key: string): Promise<string> {
    const hash = createHash('sha256');
    await pipeline(await this.storage.read(key), hash);
    return hash.digest('hex');
  }

  /** The actor's upload; anyone else's answers like a missing one. */
  private async ownUpload(actor: Actor | null, id: string): Promise<FileUploadEntity> {
    const current = requireActor(actor);
    const key = uuidOrNull(id);
    const upload = key ? await this.dataSource.manager.findOneBy(FileUploadEntity, { id: key }) : null;
    if (!upload || upload.ownerId !== current.id) throw new NotFoundError('upload', id);
    return upload;
  }
}

function partsOf(upload: FileUploadEntity): { count: number } {
  return { count: Math.ceil(Number(upload.size) / upload.chunkSize) };
}

function partLength(upload: FileUploadEntity, part: number): number | null {
  const { count } = partsOf(upload);
  if (!Number.isInteger(part) || part < 1 || part > count) return null;
  return part < count ? upload.chunkSize : Number(upload.size) - (count - 1) * upload.chunkSize;
}

function stateOf(upload: FileUploadEntity): UploadState {
  return {
    id: upload.id,
    nom: upload.fileName,
    taille: Number(upload.size),
    tailleParties: upload.chunkSize,
    nombreParties: partsOf(upload).count,
    partiesRecues: upload.receivedParts,
  };
}

/** The extension as sent, kept only while the upload runs (the detected type's replaces it). */
function sentExtension(name: string): string {
  return /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

export function uuidOrNull(value: string): string | null {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : null;
}
