import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ResourceEntity } from '../resources/resource.entity';

export type LinkCheckStatus = 'ok' | 'dead';

/** The last check of a resource's link (decision 0021). */
@Entity('link_checks')
@Check('link_checks_status_check', `status IN ('ok', 'dead')`)
@Check('link_checks_failures_check', `consecutive_failures >= 0`)
/** Partial: `ON link_checks (broken_since, resource_id) WHERE broken_since IS NOT NULL`. */
@Index('link_checks_broken_idx', { synchronize: false })
export class LinkCheckEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'link_checks_pkey' })
  resourceId!: string;
  @OneToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'link_checks_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  /** The address checked: when the contributor changes it, the count starts again. */
  @Column({ type: 'text' }) url!: string;
  /** The weekly sweep of the last check (its job slot): a retried batch does not count a failure twice. */
  @Column({ type: 'varchar', length: 40 }) sweep!: string;
  @Column({ name: 'checked_at', type: 'timestamptz' }) checkedAt!: Date;
  @Column({ type: 'varchar', length: 10 }) status!: LinkCheckStatus;
  @Column({ type: 'varchar', length: 40, nullable: true }) reason!: string | null;
  @Column({ name: 'http_status', type: 'int', nullable: true }) httpStatus!: number | null;
  @Column({ name: 'consecutive_failures', type: 'int', default: 0 }) consecutiveFailures!: number;
  @Column({ name: 'broken_since', type: 'timestamptz', nullable: true }) brokenSince!: Date | null;
}
