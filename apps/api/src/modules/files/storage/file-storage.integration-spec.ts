import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { startS3Server, type TestS3Server } from '../../../../test/s3-server';
import { loadFilesConfig } from '../../../config/files.config';
import { fileKeys, type FileStorage } from './file-storage';
import { createFileStorage } from './file-storage.provider';
import { LocalFileStorage } from './local-file-storage';
import { PartLengthError } from './storage-keys';

const MIB = 1024 * 1024;
const PART = 5 * MIB;

/** The same contract, whichever store holds the bytes. */
describe.each(['local', 's3'] as const)('file storage (%s)', (kind) => {
  let storage: FileStorage;
  let folder: string;
  let s3: TestS3Server | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cc-files-'));
    if (kind === 's3') s3 = await startS3Server();
    storage = createFileStorage(loadFilesConfig({ FILES_DIR: folder, ...(s3?.env ?? {}) }));
    expect(storage.kind).toBe(kind);
  });

  afterAll(async () => {
    (storage as { destroy?: () => void }).destroy?.();
    await s3?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  const stream = (bytes: Buffer) => Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]);

  it('joins parts sent in any order into the exact bytes, and reads a range of them', async () => {
    const bytes = randomBytes(2 * PART + 1234);
    const key = fileKeys.original(randomUUID());
    const { multipartId } = await storage.startUpload(key, bytes.length);
    const parts = [3, 1, 2].map((n) => ({ n, body: bytes.subarray((n - 1) * PART, Math.min(n * PART, bytes.length)) }));
    const etags: Record<string, string> = {};
    for (const { n, body } of parts) {
      const { etag } = await storage.putPart(key, multipartId, n, PART, stream(body), body.length);
      if (etag) etags[n] = etag;
    }
    // A part sent again (after a broken connection) replaces itself.
    const again = await storage.putPart(key, multipartId, 2, PART, stream(parts[2].body), PART);
    if (again.etag) etags[2] = again.etag;
    await storage.completeUpload(key, multipartId, etags);

    expect(await storage.size(key)).toBe(bytes.length);
    expect((await buffer(await storage.read(key))).equals(bytes)).toBe(true);
    const range = await buffer(await storage.read(key, { start: PART - 2, end: PART + 2 }));
    expect(range.equals(bytes.subarray(PART - 2, PART + 3))).toBe(true);
    expect((await storage.withLocalCopy(key, (path) => readFile(path))).equals(bytes)).toBe(true);
  });

  it('refuses a part shorter or longer than announced', async () => {
    const key = fileKeys.original(randomUUID());
    const { multipartId } = await storage.startUpload(key, 100);
    await expect(storage.putPart(key, multipartId, 1, PART, stream(randomBytes(99)), 100)).rejects.toBeInstanceOf(
      PartLengthError,
    );
    await expect(storage.putPart(key, multipartId, 1, PART, stream(randomBytes(101)), 100)).rejects.toBeInstanceOf(
      PartLengthError,
    );
    await storage.abortUpload(key, multipartId);
  });

  it('drops an aborted upload, deletes idempotently and answers null for what is not there', async () => {
    const key = fileKeys.original(randomUUID());
    const { multipartId } = await storage.startUpload(key, 10);
    await storage.putPart(key, multipartId, 1, PART, stream(randomBytes(10)), 10);
    await storage.abortUpload(key, multipartId);
    await storage.abortUpload(key, multipartId);
    expect(await storage.size(key)).toBeNull();
    await storage.delete(key);

    const thumbnail = fileKeys.thumbnail(randomUUID());
    await storage.put(thumbnail, Buffer.from('RIFF....WEBP'), 'image/webp');
    expect((await buffer(await storage.read(thumbnail))).toString()).toBe('RIFF....WEBP');
    await storage.delete(thumbnail);
    await storage.delete(thumbnail);
    expect(await storage.size(thumbnail)).toBeNull();
  });

  it('refuses any key that is not a file key, so nothing can be named outside storage', async () => {
    for (const key of ['../../etc/passwd', 'files/../../x', `files/${randomUUID()}/../../../x`, '/etc/passwd', '']) {
      await expect(storage.startUpload(key, 1)).rejects.toThrow(/Clé de stockage/);
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Clé de stockage/);
      await expect(storage.delete(key)).rejects.toThrow(/Clé de stockage/);
    }
  });
});

describe('local file storage', () => {
  it('writes only inside its folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cc-files-'));
    const storage = new LocalFileStorage(join(folder, 'root'));
    const key = fileKeys.original(randomUUID());
    await storage.put(key, Buffer.from('x'), 'text/plain');
    expect(await readdir(folder)).toEqual(['root']);
    await rm(folder, { recursive: true, force: true });
  });
});
