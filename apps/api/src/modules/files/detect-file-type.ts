import { fileTypeFromFile, fileTypeFromStream } from 'file-type';
import type { FileStorage } from './storage/file-storage';

/**
 * The extension `file-type` reads from the stored bytes (never the name or the browser's word), or undefined. Local:
 * from the file; S3: from the object's stream, closed as soon as the type is known.
 */
export async function detectFileType(storage: FileStorage, key: string): Promise<string | undefined> {
  if (storage.kind === 'local') return storage.withLocalCopy(key, detectFileTypeAt);
  const stream = await storage.read(key);
  try {
    return (await fileTypeFromStream(stream))?.ext;
  } finally {
    stream.destroy();
  }
}

/** The same decision for bytes in a local file (a file taken from a link, before it reaches storage). */
export async function detectFileTypeAt(path: string): Promise<string | undefined> {
  return (await fileTypeFromFile(path))?.ext;
}
