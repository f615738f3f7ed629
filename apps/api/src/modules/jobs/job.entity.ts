import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A side effect to run after commit (mail, digest…): claimed under a lease, retried, kept as failed when spent. */
@Entity('jobs')
@Check('jobs_state_check', `state IN ('pending', 'running', 'done', 'failed')`)
// Partial indexes: (queue, run_after) WHERE state IN ('pending', 'running'); (finished_at DESC) WHERE state = 'failed';
// UNIQUE (queue, singleton_key) WHERE singleton_key IS NOT NULL.
@Index('jobs_claimable', { synchronize: false })
@Index('jobs_failed', { synchronize: false })
@Index('jobs_singleton', { synchronize: false })
export class JobEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column({ type: 'varchar', length: 64 }) queue!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload!: Record<string, unknown>;
  @Column({ type: 'varchar', length: 16, default: 'pending' }) state!: 'pending' | 'running' | 'done' | 'failed';
  @Column({ type: 'int', default: 0 }) attempts!: number;
  @Column({ name: 'max_attempts', type: 'int', default: 5 }) maxAttempts!: number;
  @Column({ name: 'run_after', type: 'timestamptz', default: () => 'now()' }) runAfter!: Date;
  @Column({ name: 'singleton_key', type: 'varchar', length: 200, nullable: true }) singletonKey!: string | null;
  @Column({ name: 'locked_by', type: 'varchar', length: 100, nullable: true }) lockedBy!: string | null;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  /** The request that enqueued the job: its log lines carry the same id. */
  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true }) requestId!: string | null;
}
