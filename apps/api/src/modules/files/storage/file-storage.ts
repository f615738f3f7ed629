import type { Readable } from 'node:stream';

/** Which part of a stored object to read, both ends included (HTTP Range semantics). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where file bytes live (decision 0022): a local folder by default, any S3-compatible store when `S3_*` is set.
 * Keys are opaque paths such as `files/<id>/original`; nothing outside the storage root can be named by a key.
 * Uploads arrive in numbered parts (S3 multipart upload, or writes at the part's offset on disk) so that several API
 * replicas can take the parts of one upload.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  /** Begins a multipart upload at `key`; answers the store's upload id (null on local storage). */
  startUpload(key: string, size: number): Promise<{ multipartId: string | null }>;
  /** Stores part `partNumber` (from 1) of `length` bytes, streamed from `body`; answers its ETag (S3) or null. */
  putPart(
    key: string,
    multipartId: string | null,
    partNumber: number,
    partSize: number,
    body: Readable,
    length: number,
  ): Promise<{ etag: string | null }>;
  /** Joins the parts into the object at `key`. */
  completeUpload(key: string, multipartId: string | null, etags: Record<string, string>): Promise<void>;
  /** Drops an unfinished upload and its parts (idempotent). */
  abortUpload(key: string, multipartId: string | null): Promise<void>;
  /** Writes a small object in one go (a thumbnail). */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Reads an object, or a range of it. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** The object's size in bytes, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** Deletes an object (idempotent: a missing key is not an error). */
  delete(key: string): Promise<void>;
  /** Runs `work` with a local path holding the object's bytes (S3: a temporary copy, removed afterwards). */
  withLocalCopy<T>(key: string, work: (path: string) => Promise<T>): Promise<T>;
}

/** Nest injection token for the configured storage. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Storage keys of a file and of its thumbnail. */
export const fileKeys = {
  original: (fileId: string) => `files/${fileId}/original`,
  thumbnail: (fileId: string) => `files/${fileId}/thumbnail.webp`,
  /** An organisation's logo (its own id, new at each upload). */
  logo: (logoId: string) => `logos/${logoId}/logo.webp`,
  /** A kit's photo (the `kit_photos` row's id). */
  kitPhoto: (photoId: string) => `kit-photos/${photoId}/photo.webp`,
};
