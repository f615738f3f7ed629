import type { Provider } from '@nestjs/common';
import { FILES_CONFIG, type FilesConfig } from '../../../config/files.config';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The storage the config names: S3 when S3_BUCKET is set, else the local folder. */
export function createFileStorage(config: FilesConfig): FileStorage {
  return config.s3 ? new S3FileStorage(config.s3) : new LocalFileStorage(config.localDir);
}

export const fileStorageProvider: Provider = {
  provide: FILE_STORAGE,
  inject: [FILES_CONFIG],
  useFactory: createFileStorage,
};
