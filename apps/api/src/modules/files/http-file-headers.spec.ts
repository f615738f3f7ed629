import { contentDisposition, parseRange } from './http-file-headers';

describe('contentDisposition', () => {
  it('gives old clients an ASCII name and others the exact one, so no name can break the header', () => {
    expect(contentDisposition('attachment', 'Élan "vital"\\ 100%.pdf')).toBe(
      `attachment; filename="Elan _vital__ 100_.pdf"; filename*=UTF-8''%C3%89lan%20%22vital%22%5C%20100%25.pdf`,
    );
    expect(contentDisposition('inline', "l'atelier (2).pdf")).toBe(
      `inline; filename="l'atelier (2).pdf"; filename*=UTF-8''l%27atelier%20%282%29.pdf`,
    );
  });
});

describe('parseRange', () => {
  const etag = '"abc"';
  it('answers one range, a suffix, or an open end, clipped to the size', () => {
    expect(parseRange('bytes=0-9', 100, undefined, etag)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-200', 100, undefined, etag)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100, undefined, etag)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=50-', 100, undefined, etag)).toEqual({ start: 50, end: 99 });
  });

  it('is unsatisfiable past the end, and sends everything for what it does not serve', () => {
    expect(parseRange('bytes=100-', 100, undefined, etag)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100, undefined, etag)).toBe('unsatisfiable');
    for (const header of [undefined, 'bytes=0-1,5-6', 'items=0-1', 'bytes=9-2', 'bytes=-']) {
      expect(parseRange(header, 100, undefined, etag)).toBeNull();
    }
    // A range of a version that changed since: the whole new one.
    expect(parseRange('bytes=0-9', 100, '"old"', etag)).toBeNull();
    expect(parseRange('bytes=0-9', 100, etag, etag)).toEqual({ start: 0, end: 9 });
  });
});
