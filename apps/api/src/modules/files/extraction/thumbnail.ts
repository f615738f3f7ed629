// Thumbnails: WebP, 320 px wide at most, through sharp with a pixel cap so that a decompression bomb is refused
// from its header instead of being decoded.
import sharp from 'sharp';
import { EXTRACTION_MESSAGES, ExtractionFailure } from './extraction-result';

export const THUMBNAIL_WIDTH = 320;
/** Pixels an image may declare (width × height): 50 million, a 8,000 × 6,000 photo passes, a bomb does not. */
export const MAX_INPUT_PIXELS = 50_000_000;

// One job per process at a time: no cache to keep, no thread pool to share.
sharp.cache(false);
sharp.concurrency(1);

/** A WebP thumbnail of an image (PNG, JPEG, WebP…); refuses one that declares more than MAX_INPUT_PIXELS. */
export async function thumbnailOf(image: Buffer | string): Promise<Buffer> {
  const metadata = await sharp(image, { limitInputPixels: false }).metadata();
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width * height > MAX_INPUT_PIXELS) {
    throw new ExtractionFailure(EXTRACTION_MESSAGES.imageTooBig(width, height, MAX_INPUT_PIXELS / 1_000_000));
  }
  return sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: THUMBNAIL_WIDTH, height: THUMBNAIL_WIDTH * 4, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
}

/** The same, for a thumbnail that is a bonus (a document's embedded preview): a bad one is simply left out. */
export async function optionalThumbnailOf(image: Buffer | null): Promise<Buffer | null> {
  if (!image?.length) return null;
  try {
    return await thumbnailOf(image);
  } catch {
    return null;
  }
}
