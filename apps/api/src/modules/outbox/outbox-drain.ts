import { Logger } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { DataSource, In } from 'typeorm';
import { settle } from '../search/meili-task';
import { SearchIndexRegistry } from '../search/search-index.registry';
import { SEARCH_SETTINGS_TOPIC } from '../search/vocabulary/synonyms.service';
import { OutboxEventEntity } from './outbox-event.entity';
import { claimPendingOutboxEvents, lockAggregates } from './outbox-rows';

const logger = new Logger('Indexer');

/**
 * Drains one batch of the outbox into Meilisearch, in one transaction:
 * - claims pending events with FOR UPDATE SKIP LOCKED, so that several indexers (one per API replica) share the
 *   outbox without doing the same work twice;
 * - takes a transaction-scoped advisory lock per aggregate, so that two indexers never push two versions of one
 *   resource out of order (events whose aggregate is busy stay pending for the next round);
 * - reads the current rows, upserts or deletes their documents, waits for Meilisearch's tasks to succeed, and only
 *   then marks the events processed. If anything fails, the transaction rolls back and the events stay pending.
 * Returns the number of events processed.
 */
export async function drainOutboxBatch(
  dataSource: DataSource,
  meili: Meilisearch,
  registry: SearchIndexRegistry,
  batchSize: number,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const claimed = await claimPendingOutboxEvents(manager, batchSize);
    if (claimed.length === 0) return 0;
    const aggregates = [...new Set(claimed.map((event) => event.aggregate_id))];
    const lockedIds = new Set(await lockAggregates(manager, aggregates));
    const events = claimed.filter((event) => lockedIds.has(event.aggregate_id));
    for (const [topic, topicEvents] of groupBy(events, (event) => event.topic)) {
      if (topic === SEARCH_SETTINGS_TOPIC) {
        // The vocabulary changed: push every index's settings (one task each, applied whole by Meilisearch).
        for (const definition of registry.all()) {
          await settle(
            meili.index(registry.uid(definition.name)).updateSettings(await definition.settings(manager)),
            120_000,
          );
        }
        continue;
      }
      const definition = registry.byTopic(topic);
      if (!definition) {
        logger.warn(`Aucun index pour le sujet « ${topic} » : ${topicEvents.length} événement(s) ignoré(s).`);
        continue;
      }
      const ids = [...new Set(topicEvents.map((event) => event.aggregate_id))];
      const documents = await definition.loadDocuments(manager, ids);
      const present = new Set(documents.map((doc) => doc.id));
      const gone = ids.filter((id) => !present.has(id));
      const index = meili.index(registry.uid(definition.name));
      if (documents.length) await settle(index.addDocuments(documents));
      if (gone.length) await settle(index.deleteDocuments(gone));
    }
    if (events.length) {
      await manager.update(
        OutboxEventEntity,
        { id: In(events.map((event) => event.id)) },
        { processedAt: () => 'now()' },
      );
    }
    return events.length;
  });
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
