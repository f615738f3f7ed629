import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../../test/api-harness';
import { createFreshDatabase, type FreshDatabase } from '../../../test/fresh-database';
import { makeComment, makeMember, makeResource, signInAs } from '../../../test/factories';
import { settleQueue, uploadedFileId } from '../../../test/file-uploads';
import { makePdf } from '../../../test/files/fixtures';
import { CoreModule } from '../../core.module';
import { FILE_STORAGE, type FileStorage } from '../files/storage/file-storage';
import { FILES_EXTRACT_QUEUE } from '../files/uploads.service';
import { IndexAdminService } from '../search/index-admin.service';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { packFolder, tableEntry, unpackArchive } from './backup-archive';
import { keyColumns, NOT_STORED_KEY_COLUMNS, STORED_KEY_COLUMNS } from './backup-rows';
import { BackupService } from './backup.service';
import { RestoreService } from './restore.service';

/** Every row of every table (TypeORM's bookkeeping apart), sorted: two databases with equal snapshots hold the same. */
async function snapshot(dataSource: DataSource): Promise<Record<string, string[]>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
  );
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows: { row: string }[] = await dataSource.query(`SELECT to_jsonb(t)::text AS row FROM "${name}" t`);
    result[name] = rows.map((r) => r.row).sort();
  }
  return result;
}

/** Rows that break a foreign key (restores copy with triggers off: nothing else would notice). */
async function foreignKeyViolations(dataSource: DataSource): Promise<string[]> {
  const keys: { child: string; parent: string; childColumns: string[]; parentColumns: string[] }[] =
    await dataSource.query(`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
             array(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY i)::text[] AS "childColumns",
             array(SELECT attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY i)::text[] AS "parentColumns"
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
  const violations: string[] = [];
  for (const key of keys) {
    const join = key.childColumns.map((column, i) => `p."${key.parentColumns[i]}" = c."${column}"`).join(' AND ');
    const present = key.childColumns.map((column) => `c."${column}" IS NOT NULL`).join(' AND ');
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM ${key.child} c WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${join})`,
    );
    if (n > 0) violations.push(`${key.child}(${key.childColumns}) → ${key.parent}: ${n}`);
  }
  return violations;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** An installation of its own (database, files folder, index prefix) on the run's services, without HTTP. */
async function freshInstallation(database: FreshDatabase) {
  const filesDir = mkdtempSync(join(tmpdir(), `${database.name}-fichiers-`));
  const saved = { ...process.env };
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    FILES_DIR: filesDir,
    MEILI_INDEX_PREFIX: `${database.name}_`,
    INDEXER_ENABLED: 'false',
    JOBS_WORKER: 'false',
  });
  const app = await NestFactory.createApplicationContext(CoreModule, { logger: ['error'] });
  process.env = saved;
  return {
    app,
    filesDir,
    prefix: `${database.name}_`,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    async reindex() {
      for (const definition of app.get(SearchIndexRegistry).all())
        await app.get(IndexAdminService).reindex(definition.name);
    },
    async close() {
      await app.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

describe('Backups that restore (cli backup / cli restore)', () => {
  let api: TestApi;
  let folder: string;
  let logoKey: string;
  let kitPhotoKey: string;
  const databases: FreshDatabase[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    await api.seedDemo();
    folder = mkdtempSync(join(tmpdir(), 'cc-sauvegardes-'));
    // A member shares a resource with a PDF: its bytes and its thumbnail are stored objects to save.
    await signInAs(api, await makeMember(api));
    const fileId = await uploadedFileId(api, 'guide-atelier.pdf', makePdf(['Guide', 'Le mot zootropiste en page 2']));
    const created = await api.gql<{ createResource: { slug: string } }>(
      `mutation($input: ResourceInput!) { createResource(input: $input) { slug } }`,
      {
        input: {
          type: 'outil',
          format: 'quiz',
          title: 'Guide d’atelier sauvegardé',
          summary: 'Un support avec son fichier.',
          authors: [],
          language: 'fr',
          visibility: 'public',
          themeSlugs: ['jeux-video'],
          audienceSlugs: [],
          tags: [],
          files: [{ id: fileId, main: true }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    await settleQueue(api, FILES_EXTRACT_QUEUE);
    // An organisation's logo: a stored object whose key is made from its row (decision 0032).
    logoKey = `logos/${randomUUID()}/logo.webp`;
    await api.app.get<FileStorage>(FILE_STORAGE).put(logoKey, Buffer.from('RIFF-logo-WEBP'), 'image/webp');
    await api.dataSource.query(
      `UPDATE organisations SET logo_id = $1 WHERE id = (SELECT id FROM organisations ORDER BY slug LIMIT 1)`,
      [logoKey.split('/')[1]],
    );
    // A kit's photo: its key is made from its row's id too.
    const [photo] = await api.dataSource.query(
      `INSERT INTO kit_photos (kit_id, position, alt_text) SELECT id, 0, 'La malle ouverte' FROM kits ORDER BY slug LIMIT 1
       RETURNING id`,
    );
    kitPhotoKey = `kit-photos/${photo.id}/photo.webp`;
    await api.app.get<FileStorage>(FILE_STORAGE).put(kitPhotoKey, Buffer.from('RIFF-photo-WEBP'), 'image/webp');
    await api.drain();
  });
  afterAll(async () => {
    await api.close();
    for (const database of databases) await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  async function freshDatabase() {
    const database = await createFreshDatabase('cc_restore');
    databases.push(database);
    return database;
  }

  it('restores every row, every file and the same search answers into a fresh installation', async () => {
    const before = await snapshot(api.dataSource);
    const { archive, manifest, size } = await api.app.get(BackupService).backup(folder);
    expect(archive).toMatch(/culture-commune-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar$/);
    // Recorded for « État du service » once complete (decision 0040).
    const [recorded] = await api.dataSource.query(
      `SELECT subject, details FROM audit_log WHERE action = 'backup.completed' ORDER BY id DESC LIMIT 1`,
    );
    expect(recorded).toEqual({
      subject: archive.split('/').pop(),
      details: expect.objectContaining({ archive: archive.split('/').pop(), sizeBytes: size }),
    });
    expect(manifest.files.length).toBeGreaterThanOrEqual(2); // the PDF and its thumbnail
    expect(manifest.tables.comments.rows).toBeGreaterThan(0);
    expect(manifest.tables.debriefs.rows).toBeGreaterThan(0);
    expect(manifest.tables.reading_lists.rows).toBeGreaterThan(0);
    expect(manifest.tables.events.rows).toBeGreaterThan(0);

    const target = await freshInstallation(await freshDatabase());
    try {
      await target.app.get(RestoreService).restore(archive);
      await target.reindex();
      expect(await snapshot(target.dataSource)).toEqual(before);
      expect(await foreignKeyViolations(target.dataSource)).toEqual([]);

      const keys: { key: string }[] = await api.dataSource.query(
        `SELECT storage_key AS key FROM resource_files UNION SELECT thumbnail_key FROM resource_files WHERE thumbnail_key IS NOT NULL`,
      );
      expect(manifest.files.map((file) => file.key).sort()).toEqual(
        [...keys.map((k) => k.key), logoKey, kitPhotoKey].sort(),
      );
      for (const { key } of manifest.files) {
        const original = await readFile(join(api.filesDir, key));
        expect(sha256(await readFile(join(target.filesDir, key)))).toBe(sha256(original));
      }

      // A new row after the restore takes the next id of every sequence, never one already used.
      const owned: { seq: string; tab: string; col: string }[] = await target.dataSource.query(`
        SELECT s.relname AS seq, t.relname AS tab, a.attname AS col FROM pg_class s
          JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
          JOIN pg_class t ON t.oid = d.refobjid
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
         WHERE s.relkind = 'S'`);
      let used = 0;
      for (const { seq, tab, col } of owned) {
        const [{ max }] = await target.dataSource.query(
          `SELECT coalesce(max("${col}"), 0)::bigint AS max FROM "${tab}"`,
        );
        const [{ next }] = await target.dataSource.query(`SELECT nextval('"${seq}"')::bigint AS next`);
        expect({ seq, next: BigInt(next) > BigInt(max) }).toEqual({ seq, next: true });
        if (BigInt(max) > 0n) used += 1;
      }
      expect(used).toBeGreaterThan(0);

      const meili = new Meilisearch({ host: process.env.MEILI_URL!, apiKey: process.env.MEILI_MASTER_KEY });
      // The same hits with the same relevance scores (ties may come in another order: an index built by the outbox
      // and one rebuilt by `reindex` number their documents differently).
      for (const q of ['écrans', 'jeux vidéo', 'zootropiste', 'parentalité numérique']) {
        const hits = async (prefix: string) =>
          (
            await meili
              .index(`${prefix}resources`)
              .search(q, { limit: 20, attributesToRetrieve: ['id'], showRankingScore: true })
          ).hits
            .map((hit) => `${(hit._rankingScore ?? 0).toFixed(6)} ${String(hit.id)}`)
            .sort();
        const before = await hits(api.name + '_');
        expect(before.length).toBeGreaterThan(0);
        expect(await hits(target.prefix)).toEqual(before);
      }
      for (const definition of target.app.get(SearchIndexRegistry).all()) {
        const drift = await target.app.get(IndexAdminService).checkDrift(definition.name);
        expect([drift.missing, drift.stale, drift.extra]).toEqual([[], [], []]);
      }
    } finally {
      await target.close();
    }
  });

  it('takes one snapshot: a backup made during writes restores with no comment whose resource is gone', async () => {
    const author = await makeMember(api);
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing) {
        // A resource with a comment, then another resource deleted outright with its comments (as the bin purge does).
        const kept = await makeResource(api, { contributor: author });
        await makeComment(api, { resourceId: kept.id, authorId: author.id });
        const gone = await makeResource(api, { contributor: author });
        await makeComment(api, { resourceId: gone.id, authorId: author.id });
        await api.dataSource.query(`DELETE FROM resources WHERE id = $1`, [gone.id]);
        n += 1;
      }
      return n;
    })();
    const { archive } = await api.app.get(BackupService).backup(folder);
    writing = false;
    expect(await writes).toBeGreaterThan(0);

    const target = await freshInstallation(await freshDatabase());
    try {
      await target.app.get(RestoreService).restore(archive);
      expect(await foreignKeyViolations(target.dataSource)).toEqual([]);
      const [{ n }] = await target.dataSource.query(
        `SELECT count(*)::int AS n FROM comments c WHERE NOT EXISTS (SELECT 1 FROM resources r WHERE r.id = c.resource_id)`,
      );
      expect(n).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('refuses a damaged archive and writes nothing', async () => {
    const { archive } = await api.app.get(BackupService).backup(folder);
    const work = mkdtempSync(join(tmpdir(), 'cc-archive-abimee-'));
    try {
      await unpackArchive(archive, work);
      const path = join(work, tableEntry('members'));
      const bytes = await readFile(path);
      // Another valid gzip stream of other rows: only the checksum can tell.
      const rows = gunzipSync(bytes).toString('utf8').split('\n');
      await writeFile(path, gzipSync(Buffer.from(rows.slice(1).join('\n'))));
      const damaged = join(work, '..', `${archive.split('/').pop()}-abimee.tar`);
      await packFolder(work, damaged);
      const target = await freshInstallation(await freshDatabase());
      try {
        await expect(target.app.get(RestoreService).restore(damaged)).rejects.toThrow(/Archive abîmée.*members/);
        const [{ n }] = await target.dataSource.query(`SELECT count(*)::int AS n FROM resources`);
        expect(n).toBe(0);
      } finally {
        await target.close();
        rmSync(damaged, { force: true });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('refuses to restore over an installation that holds data', async () => {
    const { archive } = await api.app.get(BackupService).backup(folder);
    await expect(api.app.get(RestoreService).restore(archive)).rejects.toThrow(
      /La base contient déjà des données \(\d+ membre\(s\), \d+ ressource\(s\)\)/,
    );
  });

  it('leaves no archive, partial file or staging folder when a backup fails', async () => {
    const failing = mkdtempSync(join(tmpdir(), 'cc-sauvegarde-ratee-'));
    const recorded = async () =>
      (await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'backup.completed'`))[0].n;
    const recordedBefore = await recorded();
    try {
      await expect(
        api.app.get(BackupService).backup(failing, (done) => {
          if (done > 10) throw new Error('disque plein (simulé)');
        }),
      ).rejects.toThrow('disque plein');
      expect(readdirSync(failing)).toEqual([]);
      expect(await recorded()).toBe(recordedBefore);
    } finally {
      rmSync(failing, { recursive: true, force: true });
    }
  });

  it('saves every stored object the schema can name: each *_key column is backed up or known not to be a file', async () => {
    const listed = [...STORED_KEY_COLUMNS, ...NOT_STORED_KEY_COLUMNS].map((c) => `${c.table}.${c.column}`).sort();
    const schema = (await keyColumns(api.dataSource)).map((c) => `${c.table}.${c.column}`).sort();
    expect(listed).toEqual(schema);
  });
});
