import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A change to bring to the search index, written in the same transaction as the change itself. */
@Entity('outbox_events')
export class OutboxEventEntity {
  /** Partial index `outbox_events_pending_idx ON outbox_events (id) WHERE processed_at IS NULL`. */
  @Index('outbox_events_pending_idx', { synchronize: false })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
  @Column({ type: 'varchar', length: 40 }) topic!: string;
  @Column({ name: 'aggregate_id', type: 'uuid' }) aggregateId!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' }) availableAt!: Date;
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true }) processedAt!: Date | null;
}
