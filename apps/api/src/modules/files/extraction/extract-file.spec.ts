import {
  makeDocx,
  makeEpub,
  makeImage,
  makeOdp,
  makeOds,
  makeOdt,
  makePdf,
  makePptx,
  makeXlsx,
  writeFixture,
  zip,
} from '../../../../test/files/fixtures';
import sharp from 'sharp';
import { extractFile } from './extract-file';
import { loadExtractionConfig } from '../../../config/extraction.config';
import { MEDIA_TYPES } from './extraction-result';

// Each extraction starts a child process that loads its libraries: about half a second, more on a busy machine.
jest.setTimeout(60_000);

// The defaults of FILES_EXTRACT_* / FILES_MAX_*, as an installation runs them.
const limits = loadExtractionConfig({});

async function expectWebpThumbnail(thumbnail: Buffer | null): Promise<void> {
  expect(thumbnail).not.toBeNull();
  const metadata = await sharp(thumbnail as Buffer).metadata();
  expect(metadata.format).toBe('webp');
  expect(metadata.width).toBeLessThanOrEqual(320);
}

describe('text extraction, format by format', () => {
  it('reads a PDF page by page, accents and typographic quotes included, with its first page as thumbnail', async () => {
    const pdf = makePdf([
      'Éducation aux médias\n« L’œil critique » en atelier',
      'Deuxième page : la désinformation',
      'Fin',
    ]);
    const result = await extractFile(writeFixture('guide.pdf', pdf), MEDIA_TYPES.pdf, limits);
    expect(result).toMatchObject({ status: 'done', unit: 'page', error: null });
    expect(result.pages).toEqual([
      'Éducation aux médias\n« L’œil critique » en atelier',
      'Deuxième page : la désinformation',
      'Fin',
    ]);
    await expectWebpThumbnail(result.thumbnail);
  });

  it('flags a PDF whose pages hold no text as « PDF image : texte non extrait », keeping its page count and thumbnail', async () => {
    const scan = makePdf(['', ''], { imageOnlyPages: [1, 2] });
    const result = await extractFile(writeFixture('scan.pdf', scan), MEDIA_TYPES.pdf, limits);
    expect(result).toMatchObject({
      status: 'image_only',
      unit: 'page',
      pages: ['', ''],
      error: 'PDF image : texte non extrait',
    });
    await expectWebpThumbnail(result.thumbnail);
  });

  it('keeps at most maxTextChars characters of a file, later pages coming back empty but still numbered', async () => {
    const page = Array.from({ length: 8 }, () => 'x'.repeat(80)).join('\n');
    const pdf = makePdf([page, page, page]);
    const result = await extractFile(writeFixture('long.pdf', pdf), MEDIA_TYPES.pdf, { ...limits, maxTextChars: 1000 });
    expect(result.pages).toEqual([page, page.slice(0, 1000 - page.length), '']);
  });

  it('reads a DOCX as page-sized chunks of its paragraphs (unit null), with its embedded preview', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraphe ${index + 1} : ${'réflexion '.repeat(20)}`);
    const docx = makeDocx(paragraphs, { thumbnail: await makeImage(600, 800, 'jpeg') });
    const result = await extractFile(writeFixture('fiche.docx', docx), MEDIA_TYPES.docx, limits);
    expect(result).toMatchObject({ status: 'done', unit: null, error: null });
    expect(result.pages.length).toBeGreaterThan(1);
    expect(result.pages[0]).toMatch(/^Paragraphe 1 : réflexion/);
    expect(result.pages.join('\n')).toContain('Paragraphe 40 :');
    await expectWebpThumbnail(result.thumbnail);
  });

  it('reads an ODT without its tracked deletions, spaces and tabs as written', async () => {
    const odt = makeOdt(['Atelier  photo\tlangage', 'Conclusion'], { thumbnail: await makeImage(200, 280) });
    const result = await extractFile(writeFixture('fiche.odt', odt), MEDIA_TYPES.odt, limits);
    expect(result).toMatchObject({ status: 'done', unit: null, pages: ['Atelier photo\tlangage\nConclusion'] });
    expect(result.pages.join()).not.toContain('texte supprimé');
    await expectWebpThumbnail(result.thumbnail);
  });

  it('reads PPTX slides in their number order (slide 10 after slide 9), not the archive order nor animation names', async () => {
    const slides = Array.from({ length: 11 }, (_, index) => `Diapositive ${index + 1}\nDétail`);
    const result = await extractFile(writeFixture('cours.pptx', makePptx(slides)), MEDIA_TYPES.pptx, limits);
    expect(result).toMatchObject({ status: 'done', unit: 'slide', thumbnail: null });
    expect(result.pages).toEqual(slides);
  });

  it('reads ODP slides one page per slide, with the thumbnail LibreOffice saves', async () => {
    const odp = makeOdp(['Titre\nSous-titre', 'Deuxième diapositive'], { thumbnail: await makeImage(256, 192) });
    const result = await extractFile(writeFixture('cours.odp', odp), MEDIA_TYPES.odp, limits);
    expect(result).toMatchObject({
      status: 'done',
      unit: 'slide',
      pages: ['Titre\nSous-titre', 'Deuxième diapositive'],
    });
    await expectWebpThumbnail(result.thumbnail);
  });

  it('reads XLSX sheets in tab order with their names, shared strings and numbers, one row per line', async () => {
    const xlsx = makeXlsx([
      {
        name: 'Ateliers',
        rows: [
          ['Thème', 'Durée'],
          ['Fausses nouvelles', '90'],
        ],
      },
      { name: 'Public', rows: [['Collège']] },
    ]);
    const result = await extractFile(writeFixture('plan.xlsx', xlsx), MEDIA_TYPES.xlsx, limits);
    expect(result).toMatchObject({ status: 'done', unit: 'sheet' });
    expect(result.pages).toEqual(['Ateliers\nThème\tDurée\nFausses nouvelles\t90', 'Public\nCollège']);
  });

  it('reads an XLSX written with prefixed elements (x:row, x:c), as the .NET Open XML SDK writes it', async () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const xlsx = zip([
      { name: 'xl/sharedStrings.xml', data: `<x:sst ${ns}><x:si><x:t>Médiathèque</x:t></x:si></x:sst>` },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: `<x:worksheet ${ns}><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>en ligne</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    ]);
    const result = await extractFile(writeFixture('sdk.xlsx', xlsx), MEDIA_TYPES.xlsx, limits);
    expect(result).toMatchObject({ status: 'done', unit: 'sheet', pages: ['Médiathèque\ten ligne'] });
  });

  it('reads ODS sheets one page per table, cells separated by tabs', async () => {
    const ods = makeOds([
      {
        name: 'A',
        rows: [
          ['un', 'deux'],
          ['trois', 'quatre'],
        ],
      },
      { name: 'B', rows: [['cinq']] },
    ]);
    const result = await extractFile(writeFixture('plan.ods', ods), MEDIA_TYPES.ods, limits);
    expect(result).toMatchObject({ status: 'done', unit: 'sheet', pages: ['un\tdeux\ntrois\tquatre', 'cinq'] });
  });

  it.each(['epub3', 'epub2'] as const)(
    'reads an EPUB chapter by chapter in spine order, without scripts, with its cover (%s declaration)',
    async (declared) => {
      const epub = makeEpub(
        [
          { title: 'Premier chapitre', text: 'Il était une fois\nun lecteur' },
          { title: 'Deuxième chapitre', text: 'La suite' },
        ],
        { cover: { image: await makeImage(600, 900), declared } },
      );
      const result = await extractFile(writeFixture('livre.epub', epub), MEDIA_TYPES.epub, limits);
      expect(result).toMatchObject({ status: 'done', unit: 'chapter' });
      expect(result.pages).toEqual(['Premier chapitre\nIl était une fois\nun lecteur', 'Deuxième chapitre\nLa suite']);
      await expectWebpThumbnail(result.thumbnail);
    },
  );

  it.each(['png', 'jpeg', 'webp'] as const)(
    'makes a 320 px WebP thumbnail of a %s image, with no text',
    async (format) => {
      const image = await makeImage(1200, 800, format);
      const result = await extractFile(writeFixture(`photo.${format}`, image), MEDIA_TYPES[format], limits);
      expect(result).toMatchObject({ status: 'none', pages: [], unit: null, error: null });
      await expectWebpThumbnail(result.thumbnail);
      expect((await sharp(result.thumbnail as Buffer).metadata()).width).toBe(320);
    },
  );

  it.each(['audio/mpeg', 'video/mp4'])('answers « none » without a thumbnail for %s', async (mediaType) => {
    const result = await extractFile(
      writeFixture('son.bin', Buffer.from('ID3 pas vraiment du son')),
      mediaType,
      limits,
    );
    expect(result).toEqual({ status: 'none', pages: [], unit: null, error: null, thumbnail: null });
  });
  it('answers « failed » rather than throwing when the file is not there', async () => {
    const result = await extractFile('/nulle-part/guide.pdf', MEDIA_TYPES.pdf, limits);
    expect(result).toEqual({
      status: 'failed',
      pages: [],
      unit: 'page',
      error: 'Fichier illisible : fichier introuvable',
      thumbnail: null,
    });
  });
});
