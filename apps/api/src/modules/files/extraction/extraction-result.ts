// The public shape of text extraction (see extract-file.ts for the entry point). Plain types and pure functions only:
// the API's job handler, the search indexer and the web's display share these words.

/** What one element of `pages` is: a PDF page, a slide, a sheet, an EPUB chapter; null for DOCX/ODT, which have no pages. */
export type TextUnit = 'page' | 'slide' | 'sheet' | 'chapter' | null;

export interface ExtractionResult {
  /** done: text found; image_only: a PDF with pages but no text; none: a type without text (image, audio, video); failed: see error. */
  status: 'done' | 'image_only' | 'none' | 'failed';
  /** pages[0] is page/slide/sheet/chapter 1; DOCX/ODT: page-sized chunks of about 3,000 characters (unit null). */
  pages: string[];
  unit: TextUnit;
  /** French, for people: « PDF image : texte non extrait », « Fichier illisible : … », « Extraction interrompue : … ». */
  error: string | null;
  /** WebP, 320 px wide at most: the first page, the first slide, the cover, the image itself. */
  thumbnail: Buffer | null;
}

/** Bounds of one extraction (FILES_EXTRACT_* / FILES_MAX_* settings, see config/extraction.config.ts). */
export interface ExtractionLimits {
  /** Past this, the extraction process is killed and the file marked failed. */
  timeoutMs: number;
  /** Resident memory of the extraction process, libraries included (about 100 MB for PDF.js, canvas and sharp). */
  maxMemoryMb: number;
  /** Text kept per file, all pages together; the rest is dropped (the file stays searchable by its beginning). */
  maxTextChars: number;
  /** ZIP-based files (DOCX, ODT, PPTX, XLSX, EPUB…): their content once decompressed, declared and actually inflated. */
  maxUncompressedMb: number;
}

export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  odp: 'application/vnd.oasis.opendocument.presentation',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  epub: 'application/epub+zip',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
} as const;

export type ExtractableFormat = keyof typeof MEDIA_TYPES;

/** The format of a media type (parameters such as `; charset=` ignored), or null for a type without text. */
export function formatOf(mediaType: string): ExtractableFormat | null {
  const bare = mediaType.split(';')[0].trim().toLowerCase();
  const entry = Object.entries(MEDIA_TYPES).find(([, type]) => type === bare);
  return entry ? (entry[0] as ExtractableFormat) : null;
}

const UNITS: Partial<Record<ExtractableFormat, TextUnit>> = {
  pdf: 'page',
  pptx: 'slide',
  odp: 'slide',
  xlsx: 'sheet',
  ods: 'sheet',
  epub: 'chapter',
};

/** What `pages[n]` of a file of this type is, for display (« p. 12 », « diapositive 3 »…). Pure. */
export function textUnitOf(mediaType: string): TextUnit {
  const format = formatOf(mediaType);
  return (format && UNITS[format]) ?? null;
}

/** The messages people read in the file's status; kept here so that tests and callers share the exact words. */
export const EXTRACTION_MESSAGES = {
  imageOnlyPdf: 'PDF image : texte non extrait',
  unreadable: (reason: string) => `Fichier illisible : ${reason}`,
  tooMuchMemory: (mb: number) => `Extraction interrompue : plus de ${mb} Mo de mémoire`,
  tooLong: (ms: number) => `Extraction interrompue : plus de ${(ms / 1000).toLocaleString('fr-FR')} s`,
  archiveTooBig: 'Fichier refusé : archive trop volumineuse une fois décompressée',
  archiveTooManyEntries: (max: number) => `Fichier refusé : archive de plus de ${max.toLocaleString('fr-FR')} fichiers`,
  imageTooBig: (width: number, height: number, maxMegapixels: number) =>
    `Fichier refusé : image de ${width} × ${height} pixels (${maxMegapixels} millions de pixels au plus)`,
} as const;

/** A refusal or failure whose message is already the one people should read (the extractors throw it). */
export class ExtractionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionFailure';
  }
}

export function failed(error: string, unit: TextUnit = null): ExtractionResult {
  return { status: 'failed', pages: [], unit, error, thumbnail: null };
}
