import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ReadingListEntity } from '../reading-lists/reading-list.entity';
import { EventEntity } from './event.entity';

/** A reading list attached to an event. */
@Entity('event_reading_lists')
export class EventReadingListEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Index('event_reading_lists_list_idx')
  @PrimaryColumn({ name: 'list_id', type: 'uuid' })
  listId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_reading_lists_event_id_fkey' })
  event?: Relation<EventEntity>;

  @ManyToOne(() => ReadingListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id', foreignKeyConstraintName: 'event_reading_lists_list_id_fkey' })
  list?: Relation<ReadingListEntity>;
}
