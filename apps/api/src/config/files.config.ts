import { join, resolve } from 'node:path';
import { ConfigError, Env, readBoolean, readInt, readUrl } from './config-error';

export interface S3Settings {
  /** The store's address (MinIO, Garage, a cloud's S3); empty for AWS itself. */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `bucket` in the path rather than the host name: what most self-hosted stores need. */
  forcePathStyle: boolean;
}

export interface FilesConfig {
  /** The folder holding file bytes when S3 is not configured (FILES_DIR, else `<DATA_DIR or .data>/files`). */
  localDir: string;
  /** S3-compatible storage, used when S3_BUCKET is set; null for the local folder. */
  s3: S3Settings | null;
  /** The largest file accepted (bytes); FILES_MAX_FILE_MB, 50 by default. */
  maxFileBytes: number;
  /** All files of one resource together (bytes); FILES_MAX_RESOURCE_MB, 200 by default. */
  maxResourceBytes: number;
  /** Size of an upload's parts (bytes); S3 wants at least 5 MiB for every part but the last. */
  chunkBytes: number;
  /** How long an unfinished upload is kept (ms) before the sweep removes it with its parts. */
  uploadExpiryMs: number;
  /** How long an uploaded file may stay unattached to a resource (ms) before the sweep removes it. */
  unattachedExpiryMs: number;
}

export const FILES_CONFIG = Symbol('FILES_CONFIG');

const MIB = 1024 * 1024;
const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'];

export function loadFilesConfig(env: Env = process.env): FilesConfig {
  const maxFileBytes = readInt(env, 'FILES_MAX_FILE_MB', 50, 1, 2000) * MIB;
  const maxResourceBytes = readInt(env, 'FILES_MAX_RESOURCE_MB', 200, 1, 100_000) * MIB;
  if (maxResourceBytes < maxFileBytes) {
    throw new ConfigError('FILES_MAX_RESOURCE_MB', 'doit être au moins égal à FILES_MAX_FILE_MB');
  }
  return {
    localDir: resolve(env.FILES_DIR || join(env.DATA_DIR || '.data', 'files')),
    s3: loadS3(env),
    maxFileBytes,
    maxResourceBytes,
    chunkBytes: readInt(env, 'FILES_CHUNK_MB', 8, 5, 100) * MIB,
    uploadExpiryMs: readInt(env, 'FILES_UPLOAD_EXPIRY_HOURS', 24, 1, 24 * 30) * 3600 * 1000,
    unattachedExpiryMs: 24 * 3600 * 1000,
  };
}

/** S3 when S3_BUCKET is set; then the keys are required too, so that a half-filled set stops the boot. */
function loadS3(env: Env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) {
    const stray = S3_VARIABLES.find((variable) => env[variable]);
    if (stray) throw new ConfigError('S3_BUCKET', `est obligatoire quand ${stray} est défini`);
    return null;
  }
  const required = (variable: string): string => {
    const value = env[variable]?.trim();
    if (!value) throw new ConfigError(variable, 'est obligatoire quand S3_BUCKET est défini');
    return value;
  };
  return {
    endpoint: readUrl(env, 'S3_ENDPOINT', ['http:', 'https:']),
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: readBoolean(env, 'S3_FORCE_PATH_STYLE', Boolean(env.S3_ENDPOINT)),
  };
}
