import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ResourceEntity } from '../resources/resource.entity';
import { KitEntity } from './kit.entity';

/** A mediation tool (resource) a kit serves: the kit's page shows the debriefs of workshops run with it. */
@Entity('kit_resources')
@Index('kit_resources_resource_idx', ['resourceId'])
export class KitResourceEntity {
  @PrimaryColumn({ name: 'kit_id', type: 'uuid' }) kitId!: string;
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' }) resourceId!: string;

  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id', foreignKeyConstraintName: 'kit_resources_kit_id_fkey' })
  kit?: Relation<KitEntity>;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'kit_resources_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;
}
