import { resolve } from 'node:path';
import { loadFilesConfig } from './files.config';

describe('files configuration', () => {
  it('keeps files under the data folder by default, with 50 MB per file and 200 MB per resource', () => {
    expect(loadFilesConfig({})).toMatchObject({
      localDir: resolve('.data/files'),
      s3: null,
      maxFileBytes: 50 * 1024 * 1024,
      maxResourceBytes: 200 * 1024 * 1024,
      chunkBytes: 8 * 1024 * 1024,
    });
    expect(loadFilesConfig({ DATA_DIR: '/srv/cc' }).localDir).toBe('/srv/cc/files');
    expect(loadFilesConfig({ DATA_DIR: '/srv/cc', FILES_DIR: '/mnt/f' }).localDir).toBe('/mnt/f');
  });

  it('uses S3 when S3_BUCKET is set, with path-style addressing for a custom endpoint', () => {
    const config = loadFilesConfig({
      S3_BUCKET: 'fichiers',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.s3).toEqual({
      bucket: 'fichiers',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
  });

  it('stops the boot on an incomplete S3 set or a bad cap, naming the variable', () => {
    expect(() => loadFilesConfig({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY est obligatoire quand S3_BUCKET est défini/,
    );
    expect(() => loadFilesConfig({ S3_ENDPOINT: 'http://x' })).toThrow(/S3_BUCKET est obligatoire quand S3_ENDPOINT/);
    expect(() => loadFilesConfig({ FILES_MAX_FILE_MB: 'beaucoup' })).toThrow(/FILES_MAX_FILE_MB doit être un nombre/);
    expect(() => loadFilesConfig({ FILES_CHUNK_MB: '1' })).toThrow(/FILES_CHUNK_MB doit être un nombre entier entre 5/);
    expect(() => loadFilesConfig({ FILES_MAX_FILE_MB: '300' })).toThrow(/FILES_MAX_RESOURCE_MB/);
  });
});
