import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

/** Indexers LISTEN on it; a NOTIFY inside a transaction is delivered only when it commits. */
export const OUTBOX_CHANNEL = 'outbox_events';

/** A pending outbox event as the indexer claims it. */
export interface ClaimedOutboxEvent {
  id: string;
  topic: string;
  aggregate_id: string;
}

/** One event per aggregate, in the caller's transaction. */
export async function insertOutboxEvents(manager: EntityManager, topic: string, aggregateIds: string[]): Promise<void> {
  await queryRows(manager, `INSERT INTO outbox_events (topic, aggregate_id) SELECT $1, unnest($2::uuid[])`, [
    topic,
    aggregateIds,
  ]);
}

/** Wakes the indexers (at commit when inside a transaction). */
export async function notifyOutbox(manager: EntityManager): Promise<void> {
  await queryRows(manager, `NOTIFY ${OUTBOX_CHANNEL}`);
}

/**
 * Claims up to `limit` due pending events, oldest first, for the caller's transaction: FOR UPDATE SKIP LOCKED, so
 * that several indexers share the outbox without doing the same work twice.
 */
export function claimPendingOutboxEvents(manager: EntityManager, limit: number): Promise<ClaimedOutboxEvent[]> {
  return queryRows<ClaimedOutboxEvent>(
    manager,
    `SELECT id, topic, aggregate_id FROM outbox_events
     WHERE processed_at IS NULL AND available_at <= now()
     ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
}

/**
 * Takes a transaction-scoped advisory lock per aggregate, without waiting: answers the aggregates locked, those
 * another indexer holds are left out.
 */
export async function lockAggregates(manager: EntityManager, aggregateIds: string[]): Promise<string[]> {
  const rows = await queryRows<{ aggregate_id: string }>(
    manager,
    `SELECT a AS aggregate_id FROM unnest($1::uuid[]) AS a WHERE pg_try_advisory_xact_lock(hashtextextended(a::text, 0))`,
    [aggregateIds],
  );
  return rows.map((row) => row.aggregate_id);
}

/** The database's clock, which `created_at` of outbox events reads: where a replay starts. */
export async function outboxNow(manager: EntityManager): Promise<Date> {
  const [{ now }] = await queryRows<{ now: Date }>(manager, `SELECT now() AS now`);
  return now;
}

/** Writes again the events of one topic since `since` (once per aggregate), for the indexers to replay them. */
export async function replayOutboxEvents(manager: EntityManager, topic: string, since: Date): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO outbox_events (topic, aggregate_id)
     SELECT DISTINCT topic, aggregate_id FROM outbox_events WHERE topic = $1 AND created_at >= $2`,
    [topic, since],
  );
}
