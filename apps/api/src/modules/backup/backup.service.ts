import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { BACKUP_CONFIG, type BackupConfig } from '../../config/backup.config';
import { AuditService } from '../audit/audit.service';
import { FILE_STORAGE, type FileStorage } from '../files/storage/file-storage';
import { ARCHIVE_FORMAT, archiveName, fileEntry, packFolder, tableEntry, type BackupManifest } from './backup-archive';
import {
  copyOutStatement,
  countRows,
  dataTables,
  lastMigration,
  sequenceStates,
  serverVersion,
  storedKeys,
} from './backup-rows';
import { pgClientOf, Tally } from './backup-streams';
import { APPLICATION_VERSION } from './application-version';

/** Progress of a long run: `done` of `total` units (rows, then bytes), and what is being copied. */
export type BackupProgress = (done: number, total: number, step: string) => void;

export interface BackupResult {
  archive: string;
  size: number;
  manifest: BackupManifest;
  /** Stored objects the database names but the storage no longer has (listed, not fatal). */
  missing: string[];
}

/**
 * `cli backup` (decision 0040): one dated archive holding every table, read in ONE repeatable-read snapshot (a
 * comment is never there without its resource, whatever is written meanwhile), and the stored files those rows name.
 * Everything is written in a staging folder beside the archive, packed to `<name>.partiel`, then renamed: a failed run
 * leaves no archive, only its error.
 */
@Injectable()
export class BackupService {
  private readonly logger = new Logger('Sauvegarde');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly clock: Clock,
    @Inject(BACKUP_CONFIG) private readonly config: BackupConfig,
    private readonly audit: AuditService,
  ) {}

  defaultFolder(): string {
    return this.config.folder;
  }

  async backup(outDir: string, progress: BackupProgress = () => undefined): Promise<BackupResult> {
    const folder = resolve(outDir);
    await mkdir(folder, { recursive: true });
    const final = join(folder, archiveName(this.clock.now()));
    const partial = `${final}.partiel`;
    const staging = await mkdtemp(join(folder, '.sauvegarde-en-cours-'));
    try {
      const database = await this.copyDatabase(staging, progress);
      const { files, missing } = await this.copyFiles(staging, database.keys, progress);
      const manifest: BackupManifest = {
        format: ARCHIVE_FORMAT,
        application: APPLICATION_VERSION,
        createdAt: this.clock.now().toISOString(),
        postgres: database.postgres,
        migration: database.migration,
        tables: database.tables,
        sequences: database.sequences,
        files,
        missingFiles: missing,
      };
      await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      await packFolder(staging, partial);
      await rename(partial, final);
      const size = (await stat(final)).size;
      // The record « État du service » reads (the last backup): written once the archive is complete, never before.
      await this.audit.record('backup.completed', null, basename(final), {
        archive: basename(final),
        sizeBytes: size,
        rows: Object.values(database.tables).reduce((sum, table) => sum + table.rows, 0),
        files: files.length,
        missingFiles: missing.length,
        migration: database.migration.name,
      });
      if (missing.length)
        this.logger.warn(`${missing.length} fichier(s) nommé(s) en base absent(s) du stockage : ${missing.join(', ')}`);
      return { archive: final, size, manifest, missing };
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  private async copyDatabase(staging: string, progress: BackupProgress) {
    await mkdir(join(staging, 'database'));
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const manager = runner.manager;
      const migration = await lastMigration(manager);
      if (!migration) throw new Error('Base sans migration appliquée : rien à sauvegarder.');
      const names = await dataTables(manager);
      const counts = new Map<string, number>();
      for (const name of names) counts.set(name, await countRows(manager, name));
      const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
      let done = 0;
      const tables: BackupManifest['tables'] = {};
      for (const name of names) {
        const tally = new Tally((lines) => progress((done += lines), total, name));
        const source = pgClientOf(runner).query(copyTo(copyOutStatement(name)));
        await pipeline(source, tally, createGzip(), createWriteStream(join(staging, tableEntry(name))));
        if (tally.lines !== counts.get(name))
          throw new Error(`Table ${name} : ${tally.lines} lignes copiées pour ${counts.get(name)} comptées.`);
        tables[name] = { rows: tally.lines, sha256: tally.digest() };
      }
      const result = {
        migration,
        tables,
        keys: await storedKeys(manager),
        sequences: await sequenceStates(manager),
        postgres: await serverVersion(manager),
      };
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async copyFiles(staging: string, keys: string[], progress: BackupProgress) {
    const files: BackupManifest['files'] = [];
    const missing: string[] = [];
    const sizes = new Map<string, number>();
    for (const key of keys) {
      const size = await this.storage.size(key);
      if (size === null) missing.push(key);
      else sizes.set(key, size);
    }
    const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
    let done = 0;
    for (const [key, size] of sizes) {
      const target = join(staging, fileEntry(key));
      await mkdir(dirname(target), { recursive: true });
      const tally = new Tally();
      await pipeline(await this.storage.read(key), tally, createWriteStream(target));
      if (tally.bytes !== size) throw new Error(`Fichier ${key} : ${tally.bytes} octets lus pour ${size} attendus.`);
      files.push({ key, size, sha256: tally.digest() });
      progress((done += size), total, 'fichiers');
    }
    return { files, missing };
  }
}
