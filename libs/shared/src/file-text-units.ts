/**
 * What one element of a file's extracted text is, by file type: a PDF has pages, slides have slides, a spreadsheet
 * sheets, an EPUB chapters; a word-processing document is one flow of text without numbers (« dans le document »).
 */
export const FILE_TEXT_UNITS = ['page', 'slide', 'sheet', 'chapter', 'document'] as const;
export type FileTextUnit = (typeof FILE_TEXT_UNITS)[number];

const UNIT_OF_EXTENSION: Record<string, FileTextUnit> = {
  pdf: 'page',
  odp: 'slide',
  pptx: 'slide',
  ods: 'sheet',
  xlsx: 'sheet',
  epub: 'chapter',
  docx: 'document',
  odt: 'document',
};

/** The unit of a file's text from its (detected) extension; unknown types read as one document. */
export function fileTextUnit(extension: string): FileTextUnit {
  return UNIT_OF_EXTENSION[extension.toLowerCase().replace(/^\./, '')] ?? 'document';
}

/** The number to show with the unit (« p. 12 », « diapositive 3 »), or null when the unit has none. */
export function fileTextNumber(unit: FileTextUnit, page: number): number | null {
  return unit === 'document' ? null : page;
}
