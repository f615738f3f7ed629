// OpenDocument and EPUB fixtures: the parts LibreOffice and EPUB 3 tools write, reduced to what a reader needs.
import { OfficeOptions, SheetFixture, xml } from './office-fixtures';
import { zip } from './zip-writer';

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
].join(' ');

/** A paragraph in ODF: runs of spaces and tabs as LibreOffice writes them (text:s, text:tab). */
function odfParagraph(text: string): string {
  return `<text:p>${xml(text).replace(/\t/g, '<text:tab/>').replace(/ {2}/g, ' <text:s/>')}</text:p>`;
}

function odf(mediaType: string, body: string, options: OfficeOptions): Buffer {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS} office:version="1.3"><office:body>${body}</office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mediaType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zip([
    { name: 'mimetype', data: mediaType, store: true },
    { name: 'content.xml', data: content },
    { name: 'META-INF/manifest.xml', data: manifest },
    ...(options.thumbnail ? [{ name: 'Thumbnails/thumbnail.png', data: options.thumbnail, store: true }] : []),
    ...(options.extraEntries ?? []),
  ]);
}

/** A text document (ODT): a heading then these paragraphs; a tracked deletion that must not count. */
export function makeOdt(paragraphs: string[], options: OfficeOptions = {}): Buffer {
  const deleted =
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>texte supprimé</text:p></text:deletion></text:changed-region></text:tracked-changes>';
  return odf(
    'application/vnd.oasis.opendocument.text',
    `<office:text>${deleted}${paragraphs.map(odfParagraph).join('')}</office:text>`,
    options,
  );
}

/** A presentation (ODP): one draw:page per slide; lines of a slide become paragraphs. */
export function makeOdp(slides: string[], options: OfficeOptions = {}): Buffer {
  const pages = slides
    .map(
      (text, index) =>
        `<draw:page draw:name="page${index + 1}"><draw:frame><draw:text-box>${text.split('\n').map(odfParagraph).join('')}</draw:text-box></draw:frame></draw:page>`,
    )
    .join('');
  return odf(
    'application/vnd.oasis.opendocument.presentation',
    `<office:presentation>${pages}</office:presentation>`,
    options,
  );
}

/** A spreadsheet (ODS): one table per sheet, one text:p per cell. */
export function makeOds(sheets: SheetFixture[], options: OfficeOptions = {}): Buffer {
  const tables = sheets
    .map((sheet) => {
      const rows = sheet.rows
        .map(
          (row) =>
            `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string">${odfParagraph(cell)}</table:table-cell>`).join('')}</table:table-row>`,
        )
        .join('');
      return `<table:table table:name="${xml(sheet.name)}">${rows}</table:table>`;
    })
    .join('');
  return odf(
    'application/vnd.oasis.opendocument.spreadsheet',
    `<office:spreadsheet>${tables}</office:spreadsheet>`,
    options,
  );
}

export interface EpubOptions {
  /** A cover image (declared the EPUB 3 way, `properties="cover-image"`, or the EPUB 2 way, `<meta name="cover">`). */
  cover?: { image: Buffer; declared: 'epub3' | 'epub2' };
}

/** An EPUB 3 book: a cover page without text, then one XHTML document per chapter, listed in the spine in order. */
export function makeEpub(chapters: { title: string; text: string }[], options: EpubOptions = {}): Buffer {
  const chapterFile = (index: number): string => `texte/chapitre%20${index + 1}.xhtml`;
  const chapterXhtml = (chapter: { title: string; text: string }): string =>
    `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${xml(chapter.title)}</title><style>p { margin: 0 }</style></head><body><h1>${xml(chapter.title)}</h1>${chapter.text
      .split('\n')
      .map((line) => `<p>${xml(line)}</p>`)
      .join('')}<script>document.title = "script";</script></body></html>`;
  const cover = options.cover;
  const items = [
    '<item id="couverture" href="couverture.xhtml" media-type="application/xhtml+xml"/>',
    // Listed backwards: the reading order is the spine's, not the manifest's.
    ...chapters
      .map((_, index) => `<item id="c${index + 1}" href="${chapterFile(index)}" media-type="application/xhtml+xml"/>`)
      .reverse(),
    cover
      ? `<item id="image-couverture" href="images/couverture.png" media-type="image/png"${cover.declared === 'epub3' ? ' properties="cover-image"' : ''}/>`
      : '',
  ].join('');
  const spine = [
    '<itemref idref="couverture"/>',
    ...chapters.map((_, index) => `<itemref idref="c${index + 1}"/>`),
  ].join('');
  const meta = cover?.declared === 'epub2' ? '<meta name="cover" content="image-couverture"/>' : '';
  const opf = `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Livre</dc:title>${meta}</metadata><manifest>${items}</manifest><spine>${spine}</spine></package>`;
  return zip([
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    {
      name: 'META-INF/container.xml',
      data: '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/contenu.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    },
    { name: 'OEBPS/contenu.opf', data: opf },
    {
      name: 'OEBPS/couverture.xhtml',
      data: '<html xmlns="http://www.w3.org/1999/xhtml"><body><img src="images/couverture.png" alt=""/></body></html>',
    },
    ...chapters.map((chapter, index) => ({
      name: `OEBPS/${decodeURIComponent(chapterFile(index))}`,
      data: chapterXhtml(chapter),
    })),
    ...(cover ? [{ name: 'OEBPS/images/couverture.png', data: cover.image }] : []),
  ]);
}
