/** What a file is used for: decides whether text is extracted and whether a thumbnail is made. */
export type FileKind = 'document' | 'image' | 'audio' | 'video';

export interface AcceptedFileType {
  /** The extension given to the stored name (the detected type's, never the sender's). */
  extension: string;
  /** The type served in Content-Type. */
  mediaType: string;
  /** French label, for lists and messages (« PDF », « Présentation PowerPoint »). */
  label: string;
  kind: FileKind;
}

/**
 * File types a resource may carry (decision 0022), keyed by the extension `file-type` reports from the bytes. Anything
 * else (SVG, HTML, executables, archives…) is refused; SVG and HTML could run script in the site's origin.
 */
export const ACCEPTED_FILE_TYPES: readonly AcceptedFileType[] = [
  { extension: 'pdf', mediaType: 'application/pdf', label: 'PDF', kind: 'document' },
  {
    extension: 'odt',
    mediaType: 'application/vnd.oasis.opendocument.text',
    label: 'Texte OpenDocument',
    kind: 'document',
  },
  {
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Document Word',
    kind: 'document',
  },
  {
    extension: 'odp',
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    label: 'Présentation OpenDocument',
    kind: 'document',
  },
  {
    extension: 'pptx',
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'Présentation PowerPoint',
    kind: 'document',
  },
  {
    extension: 'ods',
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    label: 'Tableur OpenDocument',
    kind: 'document',
  },
  {
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Classeur Excel',
    kind: 'document',
  },
  { extension: 'epub', mediaType: 'application/epub+zip', label: 'Livre EPUB', kind: 'document' },
  { extension: 'png', mediaType: 'image/png', label: 'Image PNG', kind: 'image' },
  { extension: 'jpg', mediaType: 'image/jpeg', label: 'Image JPEG', kind: 'image' },
  { extension: 'webp', mediaType: 'image/webp', label: 'Image WebP', kind: 'image' },
  { extension: 'mp3', mediaType: 'audio/mpeg', label: 'Audio MP3', kind: 'audio' },
  { extension: 'ogg', mediaType: 'audio/ogg', label: 'Audio OGG', kind: 'audio' },
  { extension: 'm4a', mediaType: 'audio/mp4', label: 'Audio M4A', kind: 'audio' },
  { extension: 'mp4', mediaType: 'video/mp4', label: 'Vidéo MP4', kind: 'video' },
  { extension: 'webm', mediaType: 'video/webm', label: 'Vidéo WebM', kind: 'video' },
];

/** Extensions `file-type` may report for an accepted type under another name (Ogg Vorbis/Opus, AAC in MP4). */
const DETECTED_ALIASES: Record<string, string> = { oga: 'ogg', opus: 'ogg', m4b: 'm4a' };

/** The accepted type for what `file-type` detected (its `ext`), or null when the type is refused. */
export function acceptedFileType(detectedExtension: string | undefined): AcceptedFileType | null {
  if (!detectedExtension) return null;
  const extension = DETECTED_ALIASES[detectedExtension] ?? detectedExtension;
  return ACCEPTED_FILE_TYPES.find((type) => type.extension === extension) ?? null;
}

/** The accepted type with this media type (a stored file's), or null. */
export function fileTypeOfMediaType(mediaType: string): AcceptedFileType | null {
  return ACCEPTED_FILE_TYPES.find((type) => type.mediaType === mediaType) ?? null;
}

/** « PDF, ODT, DOCX, … » for messages that name what is accepted. */
export const ACCEPTED_FILE_EXTENSIONS_TEXT = ACCEPTED_FILE_TYPES.map((type) => type.extension.toUpperCase()).join(', ');

/** Whether text may be extracted (documents) — images, audio and video have none. */
export const fileHasText = (type: AcceptedFileType): boolean => type.kind === 'document';

/** Whether a thumbnail is made (documents' first page, images). */
export const fileHasThumbnail = (type: AcceptedFileType): boolean => type.kind === 'document' || type.kind === 'image';

/** Caps on what a resource carries, known to the form before it sends (the API's config may lower them). */
export const FILE_LIMITS = {
  /** Characters of a file's name, its extension included. */
  nameMaxLength: 120,
  /** Files on one resource. */
  maxFilesPerResource: 20,
};
