import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { CommentEntity } from './comment.entity';

/** A report of a comment to the moderators, open until resolved (hidden or restored). */
@Entity('comment_reports')
@Check('comment_reports_resolution_check', `resolution IN ('hidden', 'restored')`)
/** Partial unique: `ON comment_reports (comment_id, reporter_id) WHERE resolved_at IS NULL`. */
@Index('comment_reports_open_idx', { synchronize: false })
export class CommentReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ name: 'comment_id', type: 'uuid' }) commentId!: string;
  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_reports_comment_id_fkey' })
  comment?: Relation<CommentEntity>;

  @Column({ name: 'reporter_id', type: 'uuid', nullable: true }) reporterId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'comment_reports_reporter_id_fkey' })
  reporter?: Relation<MemberEntity> | null;

  @Column({ type: 'varchar', length: 500 }) reason!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true }) resolvedById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by', foreignKeyConstraintName: 'comment_reports_resolved_by_fkey' })
  resolvedBy?: Relation<MemberEntity> | null;

  @Column({ type: 'varchar', length: 10, nullable: true }) resolution!: 'hidden' | 'restored' | null;
}
