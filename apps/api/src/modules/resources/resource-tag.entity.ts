import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TagEntity } from '../taxonomy/tag.entity';
import { ResourceEntity } from './resource.entity';

/** Join table (ResourceEntity.tags loads it). */
@Entity('resource_tags')
export class ResourceTagEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @PrimaryColumn({ name: 'tag_id', type: 'uuid' }) tagId!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'resource_tags_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  @ManyToOne(() => TagEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id', foreignKeyConstraintName: 'resource_tags_tag_id_fkey' })
  tag?: Relation<TagEntity>;
}
