// A minimal PDF writer for tests and benchmarks: Helvetica text, one page per string, exact xref offsets.
// Pure Node, synchronous, fast enough to write a 100-page or a 30 MB file in a test.

export interface PdfOptions {
  /** JavaScript run on opening by readers that run it (`/OpenAction` with `/S /JavaScript`). */
  openActionJavaScript?: string;
  /** Pages drawn as a grey shape without any text, as a scanned page looks to a text extractor. */
  imageOnlyPages?: number[];
  /** Bytes of incompressible image data drawn on each page (a heavy PDF: 60 pages × 512 000 ≈ 30 MB). */
  imageBytesPerPage?: number;
}

// WinAnsiEncoding codes of the characters French text needs beyond Latin-1.
const WIN_ANSI: Record<string, number> = {
  '’': 0x92,
  '‘': 0x91,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
  Œ: 0x8c,
  '…': 0x85,
  '€': 0x80,
};

function pdfString(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.charCodeAt(0);
    if (code > 0xff) bytes.push(0x3f);
    else if (code === 0x28 || code === 0x29 || code === 0x5c) bytes.push(0x5c, code);
    else bytes.push(code);
  }
  return Buffer.from(bytes);
}

const LINE_CHARS = 90; // what fits across an A4 page in 11 pt Helvetica; PDF.js drops text drawn off the page

/** Lines as drawn: `text` split on "\n", long lines wrapped at spaces (or cut) to fit the page. */
export function pdfLines(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    while (rest.length > LINE_CHARS) {
      const space = rest.lastIndexOf(' ', LINE_CHARS);
      const cut = space > 0 ? space : LINE_CHARS;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(space > 0 ? cut + 1 : cut);
    }
    lines.push(rest);
  }
  return lines;
}

function pageContent(text: string, imageOnly: boolean, withImage: boolean): Buffer {
  const parts: Buffer[] = [];
  if (withImage) parts.push(Buffer.from('q 200 0 0 200 300 500 cm /Im1 Do Q\n'));
  if (imageOnly) {
    parts.push(Buffer.from('0.6 g 72 72 451 698 re f\n'));
    return Buffer.concat(parts);
  }
  let y = 780;
  for (const line of pdfLines(text)) {
    parts.push(Buffer.from(`BT /F1 11 Tf 56 ${y} Td (`), pdfString(line), Buffer.from(') Tj ET\n'));
    y -= 14;
    if (y < 40) y = 780;
  }
  return Buffer.concat(parts);
}

/** A PDF whose page n shows `pages[n - 1]` (lines split on "\n", long ones wrapped: see pdfLines) in Helvetica. */
export function makePdf(pages: string[], options: PdfOptions = {}): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dictionary: string, data: Buffer): Buffer =>
    Buffer.concat([
      Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`),
      data,
      Buffer.from('\nendstream'),
    ]);

  const catalog = add(''); // filled once the pages and the action exist
  const pagesRoot = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  pages.forEach((text, index) => {
    let image = 0;
    if (options.imageBytesPerPage) {
      const side = Math.floor(Math.sqrt(options.imageBytesPerPage / 3));
      const pixels = Buffer.alloc(side * side * 3);
      let seed = index + 1;
      for (let i = 0; i < pixels.length; i += 1) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        pixels[i] = seed >> 16;
      }
      image = add(
        stream(
          `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8`,
          pixels,
        ),
      );
    }
    const content = add(stream('', pageContent(text, options.imageOnlyPages?.includes(index + 1) ?? false, image > 0)));
    const xObjects = image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >>${xObjects} >> >>`,
      ),
    );
  });
  objects[pagesRoot - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  let openAction = '';
  if (options.openActionJavaScript) {
    const action = add(
      Buffer.concat([
        Buffer.from('<< /Type /Action /S /JavaScript /JS ('),
        pdfString(options.openActionJavaScript),
        Buffer.from(') >>'),
      ]),
    );
    openAction = ` /OpenAction ${action} 0 R /Names << /JavaScript << /Names [(boot) ${action} 0 R] >> >>`;
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesRoot} 0 R${openAction} >>`);

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f \n',
    ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`),
  ];
  chunks.push(
    Buffer.from(
      `${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(chunks);
}
