import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { notifyOutbox, outboxNow, replayOutboxEvents } from '../outbox/outbox-rows';
import { MEILI_CLIENT } from './meili.provider';
import { settle } from './meili-task';
import { SearchIndexRegistry } from './search-index.registry';
import { meiliApiError } from './meili-http-client';

export interface DriftReport {
  index: string;
  rows: number;
  documents: number;
  missing: string[];
  stale: string[];
  extra: string[];
}

export type ProgressListener = (done: number, total: number) => void;

const PAGE = 1000;

/** Creates indexes, applies their settings, rebuilds them and checks them against PostgreSQL. */
@Injectable()
export class IndexAdminService {
  private readonly logger = new Logger('SearchIndex');
  /** Whether this process has applied the settings since it started. */
  ensured = false;

  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: SearchIndexRegistry,
  ) {}

  /** Creates missing indexes and applies every index's settings; idempotent, run at start-up. */
  async ensureIndexes(): Promise<void> {
    // All indexes at once: Meilisearch batches the tasks, and a boot waits for the slowest, not for their sum.
    await Promise.all(
      this.registry.all().map(async (definition) => {
        const uid = this.registry.uid(definition.name);
        if (!(await this.exists(uid))) await settle(this.meili.createIndex(uid, { primaryKey: 'id' }));
        await settle(this.meili.index(uid).updateSettings(await definition.settings(this.dataSource.manager)), 120_000);
      }),
    );
    this.ensured = true;
  }

  /**
   * Rebuilds an index from PostgreSQL into a fresh index, then swaps it in atomically: searches keep being served
   * by the old index until the swap. Changes indexed meanwhile are replayed from the outbox after the swap.
   */
  async reindex(name: string, onProgress: ProgressListener = () => undefined): Promise<number> {
    const definition = this.registry.get(name);
    const uid = this.registry.uid(name);
    const buildUid = `${uid}_rebuild_${Date.now()}`;
    const startedAt = await outboxNow(this.dataSource.manager);
    if (!(await this.exists(uid))) await settle(this.meili.createIndex(uid, { primaryKey: 'id' }));
    await settle(this.meili.createIndex(buildUid, { primaryKey: 'id' }));
    try {
      await settle(
        this.meili.index(buildUid).updateSettings(await definition.settings(this.dataSource.manager)),
        120_000,
      );
      const total = await definition.count(this.dataSource.manager);
      let done = 0;
      let afterId: string | null = null;
      onProgress(0, total);
      for (;;) {
        const page = await definition.pageIds(this.dataSource.manager, afterId, PAGE);
        if (page.length === 0) break;
        const documents = await definition.loadDocuments(
          this.dataSource.manager,
          page.map((row) => row.id),
        );
        await settle(this.meili.index(buildUid).addDocuments(documents), 300_000);
        done += page.length;
        afterId = page[page.length - 1].id;
        onProgress(done, Math.max(total, done));
      }
      await settle(this.meili.swapIndexes([{ indexes: [uid, buildUid], rename: false }]));
      await this.replaySince(startedAt, definition.topic);
      return done;
    } finally {
      await settle(this.meili.deleteIndex(buildUid)).catch((error: Error) => this.logger.warn(error.message));
    }
  }

  /** Compares ids and versions in PostgreSQL with the documents in Meilisearch. */
  async checkDrift(name: string): Promise<DriftReport> {
    const definition = this.registry.get(name);
    const uid = this.registry.uid(name);
    const rows = new Map<string, number>();
    let afterId: string | null = null;
    for (;;) {
      const page = await definition.pageIds(this.dataSource.manager, afterId, PAGE);
      if (page.length === 0) break;
      page.forEach((row) => rows.set(row.id, row.version));
      afterId = page[page.length - 1].id;
    }
    const documents = new Map<string, number>();
    if (await this.exists(uid)) {
      for (let offset = 0; ; offset += PAGE) {
        const result = await this.meili.index(uid).getDocuments<{ id: string; version: number }>({
          fields: ['id', 'version'],
          limit: PAGE,
          offset,
        });
        result.results.forEach((doc) => documents.set(doc.id, doc.version));
        if (result.results.length < PAGE) break;
      }
    }
    const missing = [...rows.keys()].filter((id) => !documents.has(id));
    const stale = [...rows.entries()]
      .filter(([id, version]) => documents.has(id) && documents.get(id) !== version)
      .map(([id]) => id);
    const extra = [...documents.keys()].filter((id) => !rows.has(id));
    return { index: uid, rows: rows.size, documents: documents.size, missing, stale, extra };
  }

  private async replaySince(since: Date, topic: string): Promise<void> {
    await replayOutboxEvents(this.dataSource.manager, topic, since);
    await notifyOutbox(this.dataSource.manager);
  }

  private async exists(uid: string): Promise<boolean> {
    try {
      await this.meili.getRawIndex(uid);
      return true;
    } catch (error) {
      if (meiliApiError(error)?.cause?.code === 'index_not_found') return false;
      throw error;
    }
  }
}
