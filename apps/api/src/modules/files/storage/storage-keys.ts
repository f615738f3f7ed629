import { Transform, type TransformCallback } from 'node:stream';

/**
 * `files/<uuid>/original`, `files/<uuid>/thumbnail.webp`, an organisation's `logos/<uuid>/logo.webp` or a kit's
 * `kit-photos/<uuid>/photo.webp`: the only keys a storage accepts (see fileKeys).
 */
const KEY_PATTERN =
  /^(files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(original|thumbnail\.webp)|logos\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/logo\.webp|kit-photos\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/photo\.webp)$/;

export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Clé de stockage refusée : ${JSON.stringify(key.slice(0, 80))}`);
}

/** Thrown when a part's body is not exactly the announced length. */
export class PartLengthError extends Error {
  constructor(readonly expected: number) {
    super(`La partie doit faire exactement ${expected} octets.`);
    this.name = 'PartLengthError';
  }
}

/** Passes bytes through, failing the stream as soon as more than `length` arrive, or fewer at the end. */
export function countingGuard(length: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > length) return callback(new PartLengthError(length));
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(seen === length ? null : new PartLengthError(length));
    },
  });
}
