import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { ResourceEntity } from './resource.entity';

/** Join table (ResourceEntity.audiences loads it). */
@Entity('resource_audiences')
export class ResourceAudienceEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @PrimaryColumn({ name: 'audience_slug', type: 'varchar', length: 40 }) audienceSlug!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_audiences_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  @ManyToOne(() => AudienceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'audience_slug',
    referencedColumnName: 'slug',
    foreignKeyConstraintName: 'resource_audiences_audience_slug_fkey',
  })
  audience?: Relation<AudienceEntity>;
}
