import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resource search documents now carry their display fields (theme cards, thumbnail, whether they have file text), so
 * that a results page needs no SQL for its hits (decision 0007). Every resource reaches the index once more, through
 * the outbox like any write, so an upgraded installation gets the gain without a manual `reindex`.
 */
export class ResourcesDisplayFields1764730000000 implements MigrationInterface {
  name = 'ResourcesDisplayFields1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT 'resource', id FROM resources`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the events are consumed by the indexer.
  }
}
