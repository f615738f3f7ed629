// A tiny ZIP writer for test fixtures: stored or deflated entries, and headers that may lie about sizes (bombs).
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: string | Buffer;
  /** Stored without compression (the ODF `mimetype` entry must be). */
  store?: boolean;
  /** The uncompressed size written in the headers instead of the true one: a lying header. */
  declaredSize?: number;
  /** Already-deflated bytes to use as is (one compressed block shared by many entries makes a bomb cheaply). */
  deflated?: { bytes: Buffer; size: number; crc: number };
}

interface CommonFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/** The fields local and central headers share, in the same order: version, flags, method, time, CRC, sizes, name. */
function writeCommonFields(header: Buffer, at: number, fields: CommonFields): void {
  header.writeUInt16LE(20, at); // version needed
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(0, at + 6); // time
  header.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressed, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.store ? 0 : 8;
    const body = entry.deflated?.bytes ?? (entry.store ? raw : deflateRawSync(raw));
    const size = entry.declaredSize ?? entry.deflated?.size ?? raw.length;
    const crc = entry.deflated?.crc ?? crc32(raw);
    const fields = { method, crc, compressed: body.length, size, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommonFields(local, 4, fields);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    writeCommonFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `megabytes` of zeros deflated once (about 1,000 to 1): the brick of ZIP bombs. */
export function deflatedZeros(megabytes: number): { bytes: Buffer; size: number; crc: number } {
  const zeros = Buffer.alloc(megabytes * 1024 * 1024);
  return { bytes: deflateRawSync(zeros, { level: 9 }), size: zeros.length, crc: crc32(zeros) };
}
