import { fileTypeFromFile, fileTypeFromStream } from 'file-type';
import type { FileStorage } from './storage/file-storage';

/**
 * The extension `file-type` reads from the stored bytes (never the name or the browser's word), or undefined. Local:
 * from the file; S3: from the object's stream, closed as soon as the type is known.
 */
export async function detectFileType(storage: FileStorage, key: string): Promise<string | undefined> {
  if (storage.kind === 'local') return storage.withLocalCopy(key, async (path) => (await fileTypeFromFile(path))?.ext);
  const stream = await storage.read(key);
  try {
    return (await fileTypeFromStream(stream))?.ext;
  } finally {
    stream.destroy();
  }
}
