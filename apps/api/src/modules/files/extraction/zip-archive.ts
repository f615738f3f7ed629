// The ZIP guard every ZIP-based format goes through (DOCX before mammoth too): entry count, declared sizes and
// per-entry ratio checked from the central directory before anything is inflated, then the bytes actually inflated
// counted while streaming and cut at the cap, whatever the headers claim.
import yauzl, { Entry, ZipFile } from 'yauzl';
import { EXTRACTION_MESSAGES, ExtractionFailure, ExtractionLimits } from './extraction-result';

export interface ZipLimits {
  maxUncompressedBytes: number;
  /** Entries the central directory may list (10,000 by default: an EPUB has hundreds, a bomb millions). */
  maxEntries?: number;
}

/** The ZIP limits of an extraction's limits. */
export function zipLimitsOf(limits: ExtractionLimits): ZipLimits {
  return { maxUncompressedBytes: limits.maxUncompressedMb * 1024 * 1024 };
}

const DEFAULT_MAX_ENTRIES = 10_000;
// Above this size an entry whose compression ratio exceeds MAX_RATIO is a bomb, not a document (deflate tops at ~1,032).
const RATIO_CHECKED_FROM = 4 * 1024 * 1024;
const MAX_RATIO = 300;

function refused(): ExtractionFailure {
  return new ExtractionFailure(EXTRACTION_MESSAGES.archiveTooBig);
}

function unreadable(error: unknown): ExtractionFailure {
  if (error instanceof ExtractionFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  // yauzl's validateEntrySizes: an entry inflating past its declared size is a lying header, i.e. a bomb.
  if (/too many bytes|exceeds|uncompressedSize/i.test(message)) return refused();
  return new ExtractionFailure(EXTRACTION_MESSAGES.unreadable(`archive ZIP invalide (${message.slice(0, 120)})`));
}

export class ZipArchive {
  /** Bytes inflated so far, all entries together (what the cap counts). */
  inflatedBytes = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly maxBytes: number,
  ) {}

  /** Opens and checks the central directory; refuses a bomb before inflating a byte. */
  static async open(path: string, limits: ZipLimits): Promise<ZipArchive> {
    const zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.open(
        path,
        { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
        (error, file) => (error || !file ? reject(unreadable(error)) : resolve(file)),
      ),
    );
    const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
    try {
      if (zip.entryCount > maxEntries)
        throw new ExtractionFailure(EXTRACTION_MESSAGES.archiveTooManyEntries(maxEntries));
      const entries = await new Promise<Map<string, Entry>>((resolve, reject) => {
        const found = new Map<string, Entry>();
        let declared = 0;
        zip.on('error', (error) => reject(unreadable(error)));
        zip.on('end', () => resolve(found));
        zip.on('entry', (entry: Entry) => {
          declared += entry.uncompressedSize;
          const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
          if (
            declared > limits.maxUncompressedBytes ||
            (entry.uncompressedSize > RATIO_CHECKED_FROM && ratio > MAX_RATIO)
          ) {
            reject(refused());
            return;
          }
          if (!entry.fileName.endsWith('/')) found.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.readEntry();
      });
      return new ZipArchive(zip, entries, limits.maxUncompressedBytes);
    } catch (error) {
      zip.close();
      throw unreadable(error);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Streams one entry's inflated bytes to `onChunk`; stops and refuses the file once the archive's cap is passed. */
  async stream(name: string, onChunk: (chunk: Buffer) => void): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw new ExtractionFailure(EXTRACTION_MESSAGES.unreadable(`élément « ${name} » absent de l’archive`));
    const readStream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, stream) =>
        error || !stream ? reject(unreadable(error)) : resolve(stream),
      ),
    );
    await new Promise<void>((resolve, reject) => {
      readStream.on('data', (chunk: Buffer) => {
        this.inflatedBytes += chunk.length;
        if (this.inflatedBytes > this.maxBytes) {
          readStream.destroy();
          reject(refused());
          return;
        }
        try {
          onChunk(chunk);
        } catch (error) {
          readStream.destroy();
          reject(error);
        }
      });
      readStream.on('error', (error) => reject(unreadable(error)));
      readStream.on('end', () => resolve());
    });
  }

  /** One entry's bytes, counted against the cap like any other read. */
  async read(name: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    await this.stream(name, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks);
  }

  async readText(name: string): Promise<string> {
    return (await this.read(name)).toString('utf8');
  }

  /** Inflates every entry (discarding the bytes) so that a library reading the whole file after us meets no surprise. */
  async inflateAll(): Promise<void> {
    for (const name of this.entries.keys()) await this.stream(name, () => undefined);
  }

  close(): void {
    this.zip.close();
  }
}

/** Opens, runs `work`, closes, whatever happens. */
export async function withZip<T>(path: string, limits: ZipLimits, work: (zip: ZipArchive) => Promise<T>): Promise<T> {
  const zip = await ZipArchive.open(path, limits);
  try {
    return await work(zip);
  } finally {
    zip.close();
  }
}
