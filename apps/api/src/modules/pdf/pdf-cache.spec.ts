import { PdfCache } from './pdf-cache';

const bytes = (n: number, fill = 1) => Buffer.alloc(n, fill);

describe('PdfCache', () => {
  it('keys by the HTML: equal HTML, equal key; any change, another key', () => {
    expect(PdfCache.keyOf('<h1>A</h1>')).toBe(PdfCache.keyOf('<h1>A</h1>'));
    expect(PdfCache.keyOf('<h1>A</h1>')).not.toBe(PdfCache.keyOf('<h1>B</h1>'));
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new PdfCache(2, 1000);
    cache.set('a', bytes(10));
    cache.set('b', bytes(10));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('c', bytes(10));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(20);
  });

  it('keeps at most maxBytes, and never stores a PDF larger than the whole budget', () => {
    const cache = new PdfCache(50, 100);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, bytes(40));
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    cache.set('huge', bytes(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(2);
    // Replacing an entry counts its bytes once.
    cache.set('d', bytes(60));
    expect(cache.bytes).toBe(60 + 40);
  });

  it('stays bounded under many distinct documents', () => {
    const cache = new PdfCache(50, 50 * 1024 * 1024);
    for (let i = 0; i < 200; i += 1) cache.set(`k${i}`, Buffer.allocUnsafe(2 * 1024 * 1024));
    expect(cache.size).toBeLessThanOrEqual(25);
    expect(cache.bytes).toBeLessThanOrEqual(50 * 1024 * 1024);
  });

  it('with no entries allowed, caches nothing', () => {
    const cache = new PdfCache(0, 100);
    cache.set('a', bytes(1));
    expect(cache.get('a')).toBeUndefined();
  });
});
