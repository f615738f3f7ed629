import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { insertOutboxEvents, notifyOutbox } from './outbox-rows';

export { OUTBOX_CHANNEL } from './outbox-rows';

/** Records, inside the caller's transaction, that an aggregate changed and must reach the search index. */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, topic: string, aggregateIds: string[]): Promise<void> {
    if (aggregateIds.length === 0) return;
    await insertOutboxEvents(manager, topic, aggregateIds);
    // Delivered to listeners only when the transaction commits: indexers wake up as soon as the rows are visible.
    await notifyOutbox(manager);
  }
}
