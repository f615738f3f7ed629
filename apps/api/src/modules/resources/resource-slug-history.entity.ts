import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ResourceEntity } from './resource.entity';

/** Slugs a resource had before a title change: old links keep working. */
@Entity('resource_slug_history')
export class ResourceSlugHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 80 }) slug!: string;
  @Column({ name: 'resource_id', type: 'uuid' }) resourceId!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_slug_history_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;
}
