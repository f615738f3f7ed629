import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ResourceEntity } from '../resources/resource.entity';
import { EventEntity } from './event.entity';

/** A resource linked from an event's minutes (« discuté lors de … »). */
@Entity('event_resource_links')
export class EventResourceLinkEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Index('event_resource_links_resource_idx')
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_resource_links_event_id_fkey' })
  event?: Relation<EventEntity>;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'event_resource_links_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;
}
