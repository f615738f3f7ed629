import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Settings } from '../../../config/files.config';
import type { ByteRange, FileStorage } from './file-storage';
import { assertStorageKey, countingGuard } from './storage-keys';

/**
 * File bytes in an S3-compatible bucket (decision 0022): an upload is an S3 multipart upload whose parts stream from
 * the request into UploadPart, so several API replicas may take the parts of one upload and none holds a file.
 */
export class S3FileStorage implements FileStorage {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // Checksums only where S3 demands them: streamed bodies then go as plain requests of known length, which
      // every S3-compatible store understands (aws-chunked trailers are not universal).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async startUpload(key: string): Promise<{ multipartId: string | null }> {
    assertStorageKey(key);
    const answer = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key }));
    return { multipartId: answer.UploadId ?? null };
  }

  async putPart(
    key: string,
    multipartId: string | null,
    partNumber: number,
    _partSize: number,
    body: Readable,
    length: number,
  ): Promise<{ etag: string | null }> {
    assertStorageKey(key);
    const guarded = new PassThrough();
    const cancel = new AbortController();
    // A body of the wrong length stops the request at once (the SDK would otherwise wait for the missing bytes).
    const piping = pipeline(body, countingGuard(length), guarded).catch((error: unknown) => {
      cancel.abort();
      throw error;
    });
    const upload = this.client.send(
      new UploadPartCommand({
        Bucket: this.bucket,
        Key: key,
        UploadId: multipartId ?? undefined,
        PartNumber: partNumber,
        Body: guarded,
        ContentLength: length,
      }),
      { abortSignal: cancel.signal },
    );
    // The length guard's error, if any, is the one to report.
    const [piped, uploaded] = await Promise.allSettled([piping, upload]);
    if (piped.status === 'rejected') throw piped.reason;
    if (uploaded.status === 'rejected') throw uploaded.reason;
    return { etag: uploaded.value.ETag ?? null };
  }

  async completeUpload(key: string, multipartId: string | null, etags: Record<string, string>): Promise<void> {
    assertStorageKey(key);
    const parts = Object.entries(etags)
      .map(([number, etag]) => ({ PartNumber: Number(number), ETag: etag }))
      .sort((a, b) => a.PartNumber - b.PartNumber);
    const complete = this.client.send(
      new CompleteMultipartUploadCommand({
        Bucket: this.bucket,
        Key: key,
        UploadId: multipartId ?? undefined,
        MultipartUpload: { Parts: parts },
      }),
    );
    try {
      await complete;
    } catch (error) {
      // Completed already (a « fin » sent twice): the object is there.
      if ((error as { name?: string }).name !== 'NoSuchUpload' || (await this.size(key)) === null) throw error;
    }
  }

  async abortUpload(key: string, multipartId: string | null): Promise<void> {
    assertStorageKey(key);
    if (!multipartId) return;
    try {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: multipartId }));
    } catch (error) {
      // NoSuchUpload: already aborted or completed. MethodNotAllowed: a store without abort (s3rver, in tests), whose
      // unfinished parts are never readable anyway.
      const name = (error as { name?: string }).name ?? '';
      if (!isMissing(error) && !['NoSuchUpload', 'MethodNotAllowed', 'NotImplemented'].includes(name)) throw error;
    }
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    assertStorageKey(key);
    const answer = await this.client.send(
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    return answer.Body as Readable;
  }

  async size(key: string): Promise<number | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return answer.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async withLocalCopy<T>(key: string, work: (path: string) => Promise<T>): Promise<T> {
    const folder = await mkdtemp(join(tmpdir(), 'cc-fichier-'));
    try {
      const path = join(folder, 'copie');
      await pipeline(await this.read(key), createWriteStream(path));
      return await work(path);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** Closes the client's sockets (module shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return error instanceof NoSuchKey || error instanceof NotFound || name === 'NotFound' || name === 'NoSuchKey';
}
