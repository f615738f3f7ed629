import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { NotificationListener, WakeableSleep } from '../../common/database/notification-listener';
import { DATABASE_CONFIG, type DatabaseConfig } from '../../config/database.config';
import { SEARCH_CONFIG, type SearchConfig } from '../../config/search.config';
import { IndexAdminService } from '../search/index-admin.service';
import { MEILI_CLIENT } from '../search/meili.provider';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { backoffDelay } from './backoff';
import { drainOutboxBatch } from './outbox-drain';
import { OUTBOX_CHANNEL } from './outbox.service';

const BATCH_SIZE = 1000;
/** Safety net when a notification is missed (listener reconnecting, events made available by a backoff). */
const IDLE_POLL_MS = 1000;

/** Runs in every API process: wakes on NOTIFY, drains the outbox, backs off while Meilisearch is unreachable. */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Indexer');
  private running = false;
  private loop?: Promise<void>;
  private listener?: NotificationListener;
  private readonly sleeper = new WakeableSleep();
  /** False while backing off: new writes must not cut a backoff short and hammer an unreachable Meilisearch. */
  private wakeOnNotify = true;
  /** Set by a notification that arrived while draining: the next sleep is skipped, so no event waits for the poll. */
  private notified = false;
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly registry: SearchIndexRegistry,
    private readonly indexAdmin: IndexAdminService,
    @Inject(SEARCH_CONFIG) private readonly searchConfig: SearchConfig,
    @Inject(DATABASE_CONFIG) private readonly databaseConfig: DatabaseConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.searchConfig.indexerEnabled) await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.sleeper.wake();
    await this.loop;
    await this.listener?.stop();
    this.listener = undefined;
  }

  /** Drains until nothing is pending (used by the CLI and tests); throws if Meilisearch fails. */
  async drainUntilIdle(): Promise<number> {
    if (!this.indexAdmin.ensured) await this.indexAdmin.ensureIndexes();
    let total = 0;
    for (;;) {
      const processed = await drainOutboxBatch(this.dataSource, this.meili, this.registry, BATCH_SIZE);
      total += processed;
      if (processed === 0) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        // Never let Meilisearch create an index implicitly (with default settings) on the first document.
        if (!this.indexAdmin.ensured) await this.indexAdmin.ensureIndexes();
        this.notified = false;
        const processed = await drainOutboxBatch(this.dataSource, this.meili, this.registry, BATCH_SIZE);
        if (this.failures > 0) this.logger.log('Meilisearch répond de nouveau : reprise de l’indexation.');
        this.failures = 0;
        if (processed > 0 || this.notified) continue;
        await this.sleep(IDLE_POLL_MS);
      } catch (error) {
        this.failures += 1;
        const delay = backoffDelay(this.failures);
        if (this.failures === 1 || this.failures % 10 === 0) {
          this.logger.warn(
            `Indexation impossible (essai ${this.failures}, nouvel essai dans ${delay} ms) : ${(error as Error).message}`,
          );
        }
        await this.sleep(delay, false);
      }
    }
  }

  private async listen(): Promise<void> {
    this.listener = new NotificationListener({
      url: this.databaseConfig.url,
      channel: OUTBOX_CHANNEL,
      applicationName: 'culture-commune-indexer',
      logger: this.logger,
      onNotification: () => {
        this.notified = true;
        if (this.wakeOnNotify) this.sleeper.wake();
      },
    });
    await this.listener.start();
  }

  private sleep(ms: number, wakeOnNotify = true): Promise<void> {
    this.wakeOnNotify = wakeOnNotify;
    return this.sleeper.sleep(ms);
  }
}
