import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DomainError } from '../../common/errors/domain-errors';
import { MAX_INPUT_PIXELS } from './extraction/thumbnail';

/** Image types a person may send for a logo or a kit's photo: SVG is never one (it may carry scripts). */
export const WEB_IMAGE_TYPES = ['png', 'jpg', 'webp'] as const;
/** Media types of an image body: types a cross-site form cannot send. */
export const WEB_IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

/** The request's body, refused as soon as it passes `max` bytes. */
export async function readBody(req: Request, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new DomainError('badUserInput.fileTooLarge', { count: Math.round(max / 1024 / 1024) });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * `body` as a WebP of `sidePx` at most on each side (turned upright, never enlarged), if its bytes are PNG, JPEG or
 * WebP; else, or if sharp cannot read it, the error `refused()` makes.
 */
export async function toWebp(body: Buffer, sidePx: number, refused: () => Error): Promise<Buffer> {
  const type = await fileTypeFromBuffer(body);
  if (!type || !(WEB_IMAGE_TYPES as readonly string[]).includes(type.ext)) throw refused();
  try {
    return await sharp(body, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: sidePx, height: sidePx, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
  } catch {
    throw refused();
  }
}
