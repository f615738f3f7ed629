// PDF: text per page with unpdf (PDF.js, eval off, no scripting), the first page rendered as the thumbnail.
import { readFile } from 'node:fs/promises';
import { EXTRACTION_MESSAGES, ExtractionFailure, ExtractionResult } from './extraction-result';
import { TextBudget } from './text-pages';
import { thumbnailOf } from './thumbnail';

// PDF.js writes its tail (startxref … %%EOF) last: a file cut short lacks it. PDF.js would rebuild such a file from
// its objects and hand back part of it; we say it is truncated instead, so that the contributor uploads it again.
const EOF_WINDOW = 4096;
// The first page is drawn at most this big before sharp shrinks it (sharper than drawing at 320 px; bounded canvas).
const RENDER_MAX = { width: 640, height: 1600 };

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

// PDF.js calls ArrayBuffer.prototype.transferToFixedLength (Node 21+); on Node 20 a copy does the same job.
function polyfillTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const copy = new ArrayBuffer(length ?? this.byteLength);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(copy.byteLength, this.byteLength)));
      return copy;
    },
  });
}

function pdfFailure(error: unknown): ExtractionFailure {
  if (error instanceof ExtractionFailure) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return new ExtractionFailure(EXTRACTION_MESSAGES.unreadable('PDF protégé par un mot de passe'));
  if (name === 'InvalidPDFException')
    return new ExtractionFailure(EXTRACTION_MESSAGES.unreadable('PDF tronqué ou endommagé'));
  const message = error instanceof Error ? error.message : String(error);
  return new ExtractionFailure(EXTRACTION_MESSAGES.unreadable(`PDF endommagé (${message.slice(0, 120)})`));
}

export async function extractPdf(path: string, maxTextChars: number): Promise<ExtractionResult> {
  polyfillTransfer();
  const bytes = await readFile(path);
  if (!bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW)).includes('%%EOF')) {
    throw new ExtractionFailure(EXTRACTION_MESSAGES.unreadable('PDF tronqué (la fin du fichier manque)'));
  }
  const { getDocumentProxy, renderPageAsImage } = await import('unpdf');
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    document = await getDocumentProxy(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), {
      isEvalSupported: false,
      enableXfa: false,
      verbosity: 0,
    });
  } catch (error) {
    throw pdfFailure(error);
  }
  try {
    if (document.numPages < 1) throw new ExtractionFailure(EXTRACTION_MESSAGES.unreadable('PDF sans aucune page'));
    const budget = new TextBudget(maxTextChars);
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      if (budget.exhausted) {
        pages.push('');
        continue;
      }
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        budget.take(
          (content.items as TextItemLike[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''),
        ),
      );
      page.cleanup();
    }

    let thumbnail: Buffer | null = null;
    try {
      const first = await document.getPage(1);
      const { width, height } = first.getViewport({ scale: 1 });
      const scale = Math.min(RENDER_MAX.width / width, RENDER_MAX.height / height, 4);
      const png = await renderPageAsImage(document, 1, { canvasImport: () => import('@napi-rs/canvas'), scale });
      thumbnail = await thumbnailOf(Buffer.from(png));
    } catch {
      thumbnail = null; // text without a thumbnail is still worth keeping
    }

    if (pages.every((text) => text.trim() === '')) {
      return { status: 'image_only', pages, unit: 'page', error: EXTRACTION_MESSAGES.imageOnlyPdf, thumbnail };
    }
    return { status: 'done', pages, unit: 'page', error: null, thumbnail };
  } catch (error) {
    throw pdfFailure(error);
  } finally {
    await document.destroy();
  }
}
