import type { ResourceFileObject } from './dto/resource-file.object';
import { fileUrls } from './file-urls';
import type { AttachedFileRow } from './file-rows';

/** A file as read for GraphQL (file-rows.ts), whichever resource it is on. */
type PresentedFile = Omit<AttachedFileRow, 'resourceId'>;

export function presentResourceFile(file: PresentedFile): ResourceFileObject {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    extension: file.extension,
    size: Number(file.size),
    isMain: file.isMain,
    downloadUrl: fileUrls.download(file.id, file.fileName),
    previewUrl: file.mediaType === 'application/pdf' ? fileUrls.preview(file.id, file.fileName) : null,
    thumbnailUrl: file.thumbnailKey ? fileUrls.thumbnail(file.id) : null,
    textStatus: file.textStatus,
    textError: file.textError,
    pageCount: file.pageCount,
  };
}
