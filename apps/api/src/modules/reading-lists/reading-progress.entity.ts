import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ReadingListItemEntity } from './reading-list-item.entity';

/** A member has read an item of a list. */
@Entity('reading_progress')
export class ReadingProgressEntity {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' }) readAt!: Date;

  @ManyToOne(() => ReadingListItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'reading_progress_item_id_fkey' })
  item?: Relation<ReadingListItemEntity>;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'reading_progress_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
