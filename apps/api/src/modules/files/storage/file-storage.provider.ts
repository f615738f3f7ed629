import type { Provider } from '@nestjs/common';
import { FILES_CONFIG, type FilesConfig } from '../../../config/files.config';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import type * as S3Storage from './s3-file-storage';

/** The storage the config names: S3 when S3_BUCKET is set, else the local folder. */
export function createFileStorage(config: FilesConfig): FileStorage {
  if (!config.s3) return new LocalFileStorage(config.localDir);
  // The AWS SDK is loaded only where S3 is configured: most installations keep files in a folder.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred, as loadOnDemand (decision 0043)
  const { S3FileStorage } = require('./s3-file-storage') as typeof S3Storage;
  return new S3FileStorage(config.s3);
}

export const fileStorageProvider: Provider = {
  provide: FILE_STORAGE,
  inject: [FILES_CONFIG],
  useFactory: createFileStorage,
};
