// What the extraction process does with one file, by format. Runs inside the child process (extraction-worker.ts);
// never call it in the API process, which it would expose to hostile files without time or memory bounds.
import { extractEpub } from './epub-extractor';
import {
  EXTRACTION_MESSAGES,
  ExtractionFailure,
  ExtractionLimits,
  ExtractionResult,
  failed,
  formatOf,
  textUnitOf,
} from './extraction-result';
import { extractOdf } from './odf-extractor';
import { extractDocx, extractPptx, extractXlsx } from './ooxml-extractors';
import { extractPdf } from './pdf-extractor';
import { thumbnailOf } from './thumbnail';

async function extractImage(path: string): Promise<ExtractionResult> {
  return { status: 'none', pages: [], unit: null, error: null, thumbnail: await thumbnailOf(path) };
}

export async function extractByFormat(
  path: string,
  mediaType: string,
  limits: ExtractionLimits,
): Promise<ExtractionResult> {
  const format = formatOf(mediaType);
  try {
    switch (format) {
      case 'pdf':
        return await extractPdf(path, limits.maxTextChars);
      case 'docx':
        return await extractDocx(path, limits);
      case 'pptx':
        return await extractPptx(path, limits);
      case 'xlsx':
        return await extractXlsx(path, limits);
      case 'odt':
      case 'odp':
      case 'ods':
        return await extractOdf(format, path, limits);
      case 'epub':
        return await extractEpub(path, limits);
      case 'png':
      case 'jpeg':
      case 'webp':
        return await extractImage(path);
      default:
        // Audio, video: nothing to read, no thumbnail.
        return { status: 'none', pages: [], unit: null, error: null, thumbnail: null };
    }
  } catch (error) {
    if (error instanceof ExtractionFailure) return failed(error.message, textUnitOf(mediaType));
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return failed(EXTRACTION_MESSAGES.unreadable('fichier introuvable'), textUnitOf(mediaType));
    }
    const message = error instanceof Error ? error.message : String(error);
    return failed(
      EXTRACTION_MESSAGES.unreadable(`contenu inattendu (${message.slice(0, 160)})`),
      textUnitOf(mediaType),
    );
  }
}
