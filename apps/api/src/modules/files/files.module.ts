import { Module } from '@nestjs/common';
import { FileDeletion } from './file-deletion';
import { FileExtraction } from './file-extraction';
import { FileDownloadsService } from './file-downloads.service';
import { LinkedFilesService } from './linked-files.service';
import { ResourceFilesResolver } from './resource-files.resolver';
import { ResourceFilesService } from './resource-files.service';
import { fileStorageProvider } from './storage/file-storage.provider';
import { UploadsService } from './uploads.service';
import { FILE_STORAGE } from './storage/file-storage';

/** Files on resources (decision 0022): storage, uploads (also from a link), downloads, `Resource.files`, extraction and deletion jobs. */
@Module({
  providers: [
    fileStorageProvider,
    UploadsService,
    LinkedFilesService,
    FileDownloadsService,
    ResourceFilesService,
    ResourceFilesResolver,
    FileDeletion,
    FileExtraction,
  ],
  exports: [FILE_STORAGE, UploadsService, LinkedFilesService, FileDownloadsService, ResourceFilesService, FileDeletion],
})
export class FilesModule {}
