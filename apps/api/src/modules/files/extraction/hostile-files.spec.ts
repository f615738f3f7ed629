import {
  makeDocx,
  makeLyingZipBombDocx,
  makePdf,
  makePdfWithJavaScript,
  makePngDeclaring,
  makePolyglotPdf,
  makeZipBombDocx,
  truncate,
  writeFixture,
  zip,
} from '../../../../test/files/fixtures';
import { extractFile, runExtraction } from './extract-file';
import { loadExtractionConfig } from '../../../config/extraction.config';
import { MEDIA_TYPES } from './extraction-result';

jest.setTimeout(60_000);

// The defaults of FILES_EXTRACT_* / FILES_MAX_*, as an installation runs them.
const limits = loadExtractionConfig({});

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

describe('hostile files', () => {
  it('refuses a ZIP bomb disguised as DOCX (1 GB of zeros in 1 MB) from its directory, before mammoth sees it', async () => {
    const result = await extractFile(writeFixture('rapport.docx', makeZipBombDocx()), MEDIA_TYPES.docx, limits);
    expect(result).toEqual({
      status: 'failed',
      pages: [],
      unit: null,
      error: 'Fichier refusé : archive trop volumineuse une fois décompressée',
      thumbnail: null,
    });
  });

  it('refuses a ZIP bomb whose headers lie about its sizes, while inflating it', async () => {
    const result = await extractFile(writeFixture('rapport.docx', makeLyingZipBombDocx()), MEDIA_TYPES.docx, limits);
    expect(result).toMatchObject({
      status: 'failed',
      error: 'Fichier refusé : archive trop volumineuse une fois décompressée',
    });
  });

  it('refuses a DOCX bigger than FILES_MAX_UNCOMPRESSED_MB once decompressed, though honest', async () => {
    const big = makeDocx(
      Array.from({ length: 6000 }, (_, index) => `${index} ${Math.random().toString(36).repeat(20)}`),
    );
    const result = await extractFile(writeFixture('gros.docx', big), MEDIA_TYPES.docx, {
      ...limits,
      maxUncompressedMb: 1,
    });
    expect(result).toMatchObject({
      status: 'failed',
      error: 'Fichier refusé : archive trop volumineuse une fois décompressée',
    });
    expect((await extractFile(writeFixture('gros.docx', big), MEDIA_TYPES.docx, limits)).status).toBe('done');
  });

  it('extracts the text of a PDF that carries JavaScript (/OpenAction), running none of it', async () => {
    const result = await extractFile(
      writeFixture('piege.pdf', makePdfWithJavaScript('Texte visible du guide')),
      MEDIA_TYPES.pdf,
      limits,
    );
    expect(result).toMatchObject({ status: 'done', pages: ['Texte visible du guide'], error: null });
    expect(result.pages.join()).not.toMatch(/alert|submitForm/);
  });

  it('fails clearly on a polyglot (a PDF header on an HTML body), without crashing', async () => {
    const result = await extractFile(writeFixture('page.pdf', makePolyglotPdf()), MEDIA_TYPES.pdf, limits);
    expect(result).toMatchObject({
      status: 'failed',
      pages: [],
      error: 'Fichier illisible : PDF tronqué ou endommagé',
    });
  });

  it.each([0.5, 0.97])('fails on a PDF truncated to %s of its length, saying so', async (fraction) => {
    const pdf = makePdf(['Première page', 'Deuxième page', 'Troisième page']);
    const result = await extractFile(writeFixture('coupe.pdf', truncate(pdf, fraction)), MEDIA_TYPES.pdf, limits);
    expect(result).toMatchObject({
      status: 'failed',
      unit: 'page',
      error: 'Fichier illisible : PDF tronqué (la fin du fichier manque)',
    });
  });

  it('fails on a file that is not what its type says, with a readable message', async () => {
    const result = await extractFile(
      writeFixture('faux.pptx', Buffer.from('pas une archive')),
      MEDIA_TYPES.pptx,
      limits,
    );
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^Fichier illisible : archive ZIP invalide/);
  });

  it('reads an ODT carrying a « billion laughs » DTD without expanding its entities', async () => {
    const entities = Array.from({ length: 9 }, (_, level) =>
      level === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`,
    ).join('');
    const content = `<?xml version="1.0"?><!DOCTYPE office:document-content [${entities}]><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Avant &lol8; après</text:p></office:text></office:body></office:document-content>`;
    const odt = zip([
      { name: 'mimetype', data: MEDIA_TYPES.odt, store: true },
      { name: 'content.xml', data: content },
    ]);
    const result = await extractFile(writeFixture('rires.odt', odt), MEDIA_TYPES.odt, limits);
    expect(result.status).toBe('done');
    expect(result.pages.join('')).toMatch(/^Avant .{0,10} après$/);
  });

  it('refuses an image whose header declares 100,000 × 100,000 pixels, without decoding it', async () => {
    const result = await extractFile(
      writeFixture('bombe.png', makePngDeclaring(100_000, 100_000)),
      MEDIA_TYPES.png,
      limits,
    );
    expect(result).toMatchObject({
      status: 'failed',
      thumbnail: null,
      error: 'Fichier refusé : image de 100000 × 100000 pixels (50 millions de pixels au plus)',
    });
  });

  it('stops an extraction past its memory limit, kills the process and says why', async () => {
    let pid = 0;
    const pdf = makePdf(['Une page ordinaire']);
    const result = await runExtraction(
      writeFixture('guide.pdf', pdf),
      MEDIA_TYPES.pdf,
      { ...limits, maxMemoryMb: 40 },
      {
        onStart: (started) => (pid = started),
      },
    );
    expect(result).toMatchObject({ status: 'failed', error: 'Extraction interrompue : plus de 40 Mo de mémoire' });
    expect(pid).toBeGreaterThan(0);
    expect(processIsGone(pid)).toBe(true);
  });

  it('stops a heavy file (a 30 MB PDF) whose reading grows past the memory limit, not only a process too small to start', async () => {
    let peak = 0;
    const heavy = makePdf(
      Array.from({ length: 60 }, (_, index) => `Page ${index + 1}`),
      { imageBytesPerPage: 512_000 },
    );
    const path = writeFixture('lourd.pdf', heavy);
    const result = await runExtraction(
      path,
      MEDIA_TYPES.pdf,
      { ...limits, maxMemoryMb: 128 },
      { onEnd: (stats) => (peak = stats.peakMb) },
    );
    expect(result).toMatchObject({ status: 'failed', error: 'Extraction interrompue : plus de 128 Mo de mémoire' });
    expect(peak).toBeGreaterThan(128);
  });

  it('stops an extraction past its time limit, kills the process and says why', async () => {
    let pid = 0;
    const pdf = makePdf(['Une page ordinaire']);
    const result = await runExtraction(
      writeFixture('guide.pdf', pdf),
      MEDIA_TYPES.pdf,
      { ...limits, timeoutMs: 50 },
      {
        onStart: (started) => (pid = started),
      },
    );
    expect(result).toMatchObject({ status: 'failed', error: 'Extraction interrompue : plus de 0,05 s' });
    expect(processIsGone(pid)).toBe(true);
  });
});
