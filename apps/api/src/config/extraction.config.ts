import type { ExtractionLimits } from '../modules/files/extraction/extraction-result';
import { Env, readInt } from './config-error';

/** Bounds of each file's text extraction (decision 0023); handed as is to `extractFile`. */
export type ExtractionConfig = ExtractionLimits;

export const EXTRACTION_CONFIG = Symbol('EXTRACTION_CONFIG');

export function loadExtractionConfig(env: Env = process.env): ExtractionConfig {
  return {
    timeoutMs: readInt(env, 'FILES_EXTRACT_TIMEOUT_MS', 120_000, 1000, 3_600_000),
    maxMemoryMb: readInt(env, 'FILES_EXTRACT_MAX_MEMORY_MB', 256, 128, 16_384),
    maxTextChars: readInt(env, 'FILES_MAX_TEXT_CHARS', 2_000_000, 1000, 100_000_000),
    maxUncompressedMb: readInt(env, 'FILES_MAX_UNCOMPRESSED_MB', 300, 1, 10_000),
  };
}
