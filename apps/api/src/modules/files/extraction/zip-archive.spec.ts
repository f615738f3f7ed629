import { deflatedZeros, writeFixture, zip } from '../../../../test/files/fixtures';
import { ExtractionFailure } from './extraction-result';
import { ZipArchive, withZip } from './zip-archive';

const MB = 1024 * 1024;
const TOO_BIG = 'Fichier refusé : archive trop volumineuse une fois décompressée';

describe('the ZIP guard', () => {
  it('reads entries of an ordinary archive and counts what it inflates', async () => {
    const path = writeFixture(
      'a.zip',
      zip([
        { name: 'a.txt', data: 'bonjour' },
        { name: 'b.txt', data: 'salut', store: true },
      ]),
    );
    await withZip(path, { maxUncompressedBytes: MB }, async (archive) => {
      expect(archive.names()).toEqual(['a.txt', 'b.txt']);
      expect(await archive.readText('a.txt')).toBe('bonjour');
      expect(await archive.readText('b.txt')).toBe('salut');
      expect(archive.inflatedBytes).toBe(12);
    });
  });

  it('refuses an archive listing more entries than allowed, from its directory', async () => {
    const path = writeFixture(
      'n.zip',
      zip(Array.from({ length: 5 }, (_, index) => ({ name: `${index}.txt`, data: 'x' }))),
    );
    await expect(ZipArchive.open(path, { maxUncompressedBytes: MB, maxEntries: 4 })).rejects.toThrow(
      'Fichier refusé : archive de plus de 4 fichiers',
    );
  });

  it('refuses an archive whose declared sizes add up past the cap, before inflating anything', async () => {
    const path = writeFixture(
      'd.zip',
      zip([
        { name: 'a.bin', data: Buffer.alloc(600 * 1024, 1) },
        { name: 'b.bin', data: Buffer.alloc(600 * 1024, 2) },
      ]),
    );
    await expect(ZipArchive.open(path, { maxUncompressedBytes: MB })).rejects.toThrow(TOO_BIG);
  });

  it('refuses a large entry compressed more than any document is (ratio over 300)', async () => {
    const path = writeFixture('r.zip', zip([{ name: 'zeros.bin', data: '', deflated: deflatedZeros(8) }]));
    await expect(ZipArchive.open(path, { maxUncompressedBytes: 100 * MB })).rejects.toThrow(TOO_BIG);
  });

  it('stops inflating a lying entry at the cap instead of inflating it all', async () => {
    const brick = deflatedZeros(16);
    // Headers claim 1 KB each; without entry-size validation, only the running count would stop this.
    const path = writeFixture('l.zip', zip([{ name: 'a.bin', data: '', deflated: brick, declaredSize: 1024 }]));
    const archive = await ZipArchive.open(path, { maxUncompressedBytes: MB });
    try {
      await expect(archive.read('a.bin')).rejects.toThrow(ExtractionFailure);
      await expect(archive.read('a.bin')).rejects.toThrow(TOO_BIG);
      expect(archive.inflatedBytes).toBeLessThan(2 * MB);
    } finally {
      archive.close();
    }
  });

  it('counts every inflated byte against the cap, entries read twice included', async () => {
    const entries = Array.from({ length: 6 }, (_, index) => ({
      name: `${index}.bin`,
      data: Buffer.alloc(300 * 1024, index),
    }));
    const archive = await ZipArchive.open(writeFixture('c.zip', zip(entries)), { maxUncompressedBytes: 2 * MB });
    try {
      for (const entry of entries) await archive.read(entry.name); // 1.8 MB: under the cap
      await expect(archive.read('0.bin')).rejects.toThrow(TOO_BIG); // 2.1 MB: over it
      expect(archive.inflatedBytes).toBeLessThanOrEqual(2 * MB + 64 * 1024);
    } finally {
      archive.close();
    }
  });
});
