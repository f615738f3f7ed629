import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, type MigrationInterface } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { MigrationRunner } from '../../database/migration-runner';
import { MIGRATIONS } from '../../database/migrations';
import { FILE_STORAGE, type FileStorage } from '../files/storage/file-storage';
import { fileEntry, readManifest, sha256File, tableEntry, unpackArchive, type BackupManifest } from './backup-archive';
import {
  copyInStatement,
  countRows,
  dataTables,
  databaseHasTables,
  lastMigration,
  restoreSequence,
  skipTriggers,
  truncateTables,
} from './backup-rows';
import type { BackupProgress } from './backup.service';
import { pgClientOf, Tally } from './backup-streams';

const migrationName = (migration: new () => MigrationInterface) => new migration().name ?? migration.name;

/**
 * `cli restore <archive>` into an empty installation (decision 0040): checks every checksum first, brings an empty
 * database to the archive's migration, puts the files back, copies every table in one transaction (all or nothing),
 * then applies the migrations this version has beyond the archive's. The caller rebuilds the search index.
 */
@Injectable()
export class RestoreService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly migrations: MigrationRunner,
  ) {}

  async restore(archive: string, progress: BackupProgress = () => undefined): Promise<BackupManifest> {
    try {
      await stat(archive);
    } catch {
      throw new Error(`Archive introuvable : ${archive}`);
    }
    const staging = await mkdtemp(join(tmpdir(), 'culture-commune-restauration-'));
    try {
      await unpackArchive(archive, staging);
      const manifest = await readManifest(staging);
      await this.verifyFiles(staging, manifest, progress);
      await this.prepareSchema(manifest);
      await this.putFiles(staging, manifest, progress);
      await this.copyTables(staging, manifest, progress);
      await this.migrations.run();
      return manifest;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  private async verifyFiles(staging: string, manifest: BackupManifest, progress: BackupProgress): Promise<void> {
    let done = 0;
    for (const file of manifest.files) {
      const sum = await sha256File(join(staging, fileEntry(file.key))).catch(() => null);
      if (sum !== file.sha256)
        throw new Error(`Archive abîmée : le fichier ${file.key} ne correspond pas au manifeste.`);
      progress((done += 1), manifest.files.length, 'vérification des fichiers');
    }
  }

  /** An empty database (no table) is brought to the archive's migration; a migrated one must be at it and empty. */
  private async prepareSchema(manifest: BackupManifest): Promise<void> {
    const names = MIGRATIONS.map(migrationName);
    const target = names.indexOf(manifest.migration.name);
    if (target < 0)
      throw new Error(
        `L’archive vient d’une version plus récente (migration ${manifest.migration.name} inconnue) : installez au moins cette version pour la restaurer.`,
      );
    if (!(await databaseHasTables(this.dataSource))) {
      const partial = new DataSource({
        ...(this.dataSource.options as PostgresDataSourceOptions),
        entities: [],
        migrations: MIGRATIONS.slice(0, target + 1),
        migrationsRun: false,
        synchronize: false,
      });
      await partial.initialize();
      try {
        await partial.runMigrations({ transaction: 'each' });
      } finally {
        await partial.destroy();
      }
    } else {
      const current = await lastMigration(this.dataSource);
      if (current?.name !== manifest.migration.name)
        throw new Error(
          `La base est à la migration ${current?.name ?? '(aucune)'} et l’archive à ${manifest.migration.name} : restaurez dans une base vide (sans aucune table).`,
        );
    }
    const members = await countRows(this.dataSource, 'members');
    const resources = await countRows(this.dataSource, 'resources');
    if (members + resources > 0)
      throw new Error(
        `La base contient déjà des données (${members} membre(s), ${resources} ressource(s)) : restaurez dans une installation vide.`,
      );
  }

  private async putFiles(staging: string, manifest: BackupManifest, progress: BackupProgress): Promise<void> {
    const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
    let done = 0;
    for (const file of manifest.files) {
      const path = join(staging, fileEntry(file.key));
      const { multipartId } = await this.storage.startUpload(file.key, file.size);
      const { etag } = await this.storage.putPart(
        file.key,
        multipartId,
        1,
        file.size,
        createReadStream(path),
        file.size,
      );
      await this.storage.completeUpload(file.key, multipartId, etag ? { 1: etag } : {});
      progress((done += file.size), total, 'fichiers');
    }
  }

  private async copyTables(staging: string, manifest: BackupManifest, progress: BackupProgress): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await skipTriggers(runner.manager);
      const tables = await dataTables(runner.manager);
      const unknown = Object.keys(manifest.tables).filter((table) => !tables.includes(table));
      if (unknown.length) throw new Error(`Tables de l’archive absentes de la base : ${unknown.join(', ')}.`);
      await truncateTables(runner.manager, tables);
      const total = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
      let done = 0;
      for (const [table, expected] of Object.entries(manifest.tables)) {
        const tally = new Tally((lines) => progress((done += lines), total, table));
        await pipeline(
          createReadStream(join(staging, tableEntry(table))),
          createGunzip(),
          tally,
          pgClientOf(runner).query(copyFrom(copyInStatement(table))),
        );
        if (tally.lines !== expected.rows || tally.digest() !== expected.sha256)
          throw new Error(`Archive abîmée : la table ${table} ne correspond pas au manifeste.`);
      }
      for (const sequence of manifest.sequences) await restoreSequence(runner.manager, sequence);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
