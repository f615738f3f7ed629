import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteRange, FileStorage } from './file-storage';
import { assertStorageKey, countingGuard } from './storage-keys';

/**
 * File bytes in a local folder. An upload's parts are written at their offset in one `<key>.upload` file (any order,
 * any replica sharing the folder), renamed to `<key>` when complete. Keys are checked against a strict pattern and
 * resolved inside the root, so nothing is ever written outside it.
 */
export class LocalFileStorage implements FileStorage {
  readonly kind = 'local' as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async startUpload(key: string, size: number): Promise<{ multipartId: string | null }> {
    const path = this.pathOf(key, '.upload');
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, 'w');
    try {
      await handle.truncate(size);
    } finally {
      await handle.close();
    }
    return { multipartId: null };
  }

  async putPart(
    key: string,
    _multipartId: string | null,
    partNumber: number,
    partSize: number,
    body: Readable,
    length: number,
  ): Promise<{ etag: string | null }> {
    const path = this.pathOf(key, '.upload');
    // r+: the file made by startUpload must exist; a part never creates it (an aborted upload stays aborted).
    const target = createWriteStream(path, { flags: 'r+', start: (partNumber - 1) * partSize });
    await pipeline(body, countingGuard(length), target);
    return { etag: null };
  }

  /** Idempotent: completing again (a « fin » sent twice) finds the object already in place. */
  async completeUpload(key: string): Promise<void> {
    try {
      await rename(this.pathOf(key, '.upload'), this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || (await this.size(key)) === null) throw error;
    }
  }

  async abortUpload(key: string): Promise<void> {
    await rm(this.pathOf(key, '.upload'), { force: true });
  }

  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path, range ? { start: range.start, end: range.end } : {});
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  withLocalCopy<T>(key: string, work: (path: string) => Promise<T>): Promise<T> {
    return work(this.pathOf(key));
  }

  /** The key's path inside the root; refuses any key that is not of the expected shape or would leave the root. */
  private pathOf(key: string, suffix = ''): string {
    assertStorageKey(key);
    const path = resolve(join(this.root, key + suffix));
    if (!path.startsWith(this.root + sep)) throw new Error(`Clé de stockage hors du dossier : ${key}`);
    return path;
  }
}
