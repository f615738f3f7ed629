import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Version of the archive's layout; a restore refuses an archive of a layout it does not know. */
export const ARCHIVE_FORMAT = 1;

/**
 * `manifest.json` at the archive's root. The database is one COPY file per table (`database/<table>.copy.gz`, text
 * format, gzip), all read in one snapshot; stored objects are under `files/<key>`. Decision 0040 says why not
 * `pg_dump`.
 */
export interface BackupManifest {
  format: number;
  application: string;
  createdAt: string;
  postgres: string;
  migration: { name: string; timestamp: string };
  tables: Record<string, { rows: number; sha256: string }>;
  sequences: { name: string; lastValue: string | null }[];
  files: { key: string; size: number; sha256: string }[];
  /** Stored objects the database named but the storage no longer had when the backup ran. */
  missingFiles: string[];
}

export const tableEntry = (table: string) => join('database', `${table}.copy.gz`);
export const fileEntry = (key: string) => join('files', ...key.split('/'));

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** One file for the folder `dir` (uncompressed tar: its parts are already compressed). */
export async function packFolder(dir: string, archive: string): Promise<void> {
  await run('tar', ['-cf', archive, '-C', dir, '.']);
}

export async function unpackArchive(archive: string, dir: string): Promise<void> {
  await run('tar', ['-xf', archive, '-C', dir, '--no-same-owner']);
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  } catch {
    throw new Error('Archive illisible : manifest.json manque ou n’est pas du JSON.');
  }
  if (manifest.format !== ARCHIVE_FORMAT)
    throw new Error(`Format d’archive ${manifest.format} inconnu (cette version lit le format ${ARCHIVE_FORMAT}).`);
  return manifest;
}

/** `culture-commune-2026-12-04T13-05-00Z.tar`: dated, sortable, no characters a shell or a filesystem minds. */
export function archiveName(at: Date): string {
  return `culture-commune-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.tar`;
}
