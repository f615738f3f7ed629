import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export const OUTBOX_CHANNEL = 'outbox_events';

/** Records, inside the caller's transaction, that an aggregate changed and must reach the search index. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, topic: string, aggregateIds: string[]): Promise<void> {
    if (aggregateIds.length === 0) return;
    await manager.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT $1, unnest($2::uuid[])`, [
      topic,
      aggregateIds,
    ]);
    // Delivered to listeners only when the transaction commits: indexers wake up as soon as the rows are visible.
    await manager.query(`NOTIFY ${OUTBOX_CHANNEL}`);
  }
}
