import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ReadingListEntity } from './reading-list.entity';

/** A member who edits a list with its curator. */
@Entity('reading_list_collaborators')
export class ReadingListCollaboratorEntity {
  @PrimaryColumn({ name: 'list_id', type: 'uuid' }) listId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;

  @ManyToOne(() => ReadingListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id', foreignKeyConstraintName: 'reading_list_collaborators_list_id_fkey' })
  list?: Relation<ReadingListEntity>;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'reading_list_collaborators_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
