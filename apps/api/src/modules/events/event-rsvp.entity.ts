import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { EventEntity } from './event.entity';

/** A member's answer to an event. */
@Entity('event_rsvps')
@Check('event_rsvps_answer_check', `answer IN ('yes', 'no', 'maybe')`)
export class EventRsvpEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ type: 'varchar', length: 8 }) answer!: 'yes' | 'no' | 'maybe';
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_rsvps_event_id_fkey' })
  event?: Relation<EventEntity>;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'event_rsvps_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
