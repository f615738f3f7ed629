import fc from 'fast-check';
import { acceptedFileType } from './file-types';
import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('keeps only the last segment of a path, with the detected type’s extension', () => {
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeFileName('..\\..\\windows\\system32\\evil.exe', 'pdf')).toBe('evil.pdf');
    expect(safeFileName('rapport.html', 'pdf')).toBe('rapport.pdf');
    expect(safeFileName('Guide pratique.final.PDF', 'pdf')).toBe('Guide pratique.final.pdf');
  });

  it('strips control and bidi characters that would disguise the extension', () => {
    expect(safeFileName('facture\u202Efdp.exe', 'pdf')).toBe('facturefdp.pdf');
    expect(safeFileName('a\u0000b\nc\td.pdf', 'pdf')).toBe('abcd.pdf');
  });

  it('composes accents (NFC) and never answers an empty or dot-only name', () => {
    expect(safeFileName('e\u0301te\u0301.pdf', 'pdf')).toBe('\u00e9t\u00e9.pdf');
    expect(safeFileName('', 'png')).toBe('fichier.png');
    expect(safeFileName('...', 'png')).toBe('fichier.png');
    expect(safeFileName('/', 'png')).toBe('fichier.png');
  });

  it('cuts 300 emoji to 120 characters without splitting one', () => {
    const name = safeFileName(`${'👩🏽‍🏫'.repeat(300)}.pdf`, 'pdf');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.slice(0, -4)).toMatch(/^(👩🏽‍🏫)+$/u);
  });

  it('always answers a short name, well formed, without path or control characters, ending in the extension', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\ud83d', '\ude00', '/', '.', '\u202e'),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          maxLength: 400,
        }),
        fc.constantFrom('pdf', 'docx', 'png'),
        (sent, ext) => {
          const name = safeFileName(sent, ext);
          expect(name.length).toBeLessThanOrEqual(120);
          expect(name.endsWith(`.${ext}`)).toBe(true);
          expect(name.length).toBeGreaterThan(ext.length + 1);
          // eslint-disable-next-line no-control-regex -- the property is that none of them remains
          expect(name).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e]/);
          expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
          expect(name).toBe(name.normalize('NFC'));
          expect(name.startsWith('.')).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('acceptedFileType', () => {
  it('accepts the listed types by what the bytes say, and refuses SVG, HTML and executables', () => {
    expect(acceptedFileType('pdf')?.mediaType).toBe('application/pdf');
    expect(acceptedFileType('opus')?.extension).toBe('ogg');
    for (const refused of ['svg', 'html', 'exe', 'zip', 'xml', undefined]) expect(acceptedFileType(refused)).toBeNull();
  });
});
