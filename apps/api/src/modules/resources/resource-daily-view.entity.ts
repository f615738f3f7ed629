import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ResourceEntity } from '../resources/resource.entity';

/** How many times a resource page was opened on a day; who opened it is never stored. */
@Entity('resource_daily_views')
@Check('resource_daily_views_views_check', `views >= 0`)
export class ResourceDailyViewEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid', primaryKeyConstraintName: 'resource_daily_views_pkey' })
  resourceId!: string;
  @Index('resource_daily_views_day_idx')
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'resource_daily_views_pkey' })
  day!: string;
  @Column({ type: 'int', default: 0 }) views!: number;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_daily_views_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;
}
