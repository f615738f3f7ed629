import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { CommentEntity } from './comment.entity';

/** A member mentioned (@slug) in a comment. */
@Entity('comment_mentions')
export class CommentMentionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' }) commentId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_mentions_comment_id_fkey' })
  comment?: Relation<CommentEntity>;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'comment_mentions_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
