import { fileHasText, fileHasThumbnail, safeFileName, type AcceptedFileType } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import type { JobQueue } from '../jobs/job-queue.service';
import { ResourceFileEntity } from './resource-file.entity';

/** Queue of the text extraction and thumbnail job (its handler lives in the extraction feature). */
export const FILES_EXTRACT_QUEUE = 'files.extract';

/** What « fin » (and a file taken from a link) answers: the file to attach in GraphQL. */
export interface UploadedFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface KeptBytes {
  id: string;
  uploadedById: string;
  /** The name as sent (or read from a link); made safe here with the detected type's extension. */
  sentName: string;
  type: AcceptedFileType;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Keeps stored bytes whose type was decided as a file not yet on any resource, and queues its extraction, in the
 * caller's transaction: the one way an upload's « fin » and a file taken from a link (decision 0026) make a file.
 */
export async function keepUnattachedFile(
  manager: EntityManager,
  jobs: JobQueue,
  kept: KeptBytes,
): Promise<ResourceFileEntity> {
  const saved = await manager.save(
    manager.create(ResourceFileEntity, {
      id: kept.id,
      resourceId: null,
      uploadedById: kept.uploadedById,
      fileName: safeFileName(kept.sentName, kept.type.extension),
      mediaType: kept.type.mediaType,
      extension: kept.type.extension,
      size: String(kept.size),
      sha256: kept.sha256,
      storageKey: kept.storageKey,
      textStatus: fileHasText(kept.type) ? 'pending' : 'none',
    }),
  );
  // Documents have text to extract and a first page to draw; images a thumbnail to make.
  if (fileHasText(kept.type) || fileHasThumbnail(kept.type)) {
    await jobs.enqueue(manager, FILES_EXTRACT_QUEUE, { fileId: saved.id });
  }
  return saved;
}

export function uploadedFile(file: ResourceFileEntity): UploadedFile {
  return { id: file.id, fileName: file.fileName, mediaType: file.mediaType, size: Number(file.size) };
}
