import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ReadingListEntity } from '../reading-lists/reading-list.entity';
import { ResourceEntity } from '../resources/resource.entity';

/** A comment on a resource or on a reading list (exactly one of them), possibly a reply. */
@Entity('comments')
@Check('comments_one_subject', `(resource_id IS NULL) <> (reading_list_id IS NULL)`)
@Index('comments_resource_idx', ['resourceId', 'createdAt'])
@Index('comments_author_idx', ['authorId', 'createdAt'])
/** Partial: `ON comments (reading_list_id, created_at) WHERE reading_list_id IS NOT NULL`. */
@Index('comments_reading_list_idx', { synchronize: false })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId!: string | null;
  @ManyToOne(() => ResourceEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'comments_resource_id_fkey' })
  resource?: Relation<ResourceEntity> | null;

  @Column({ name: 'reading_list_id', type: 'uuid', nullable: true }) readingListId!: string | null;
  @ManyToOne(() => ReadingListEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reading_list_id', foreignKeyConstraintName: 'comments_reading_list_id_fkey' })
  readingList?: Relation<ReadingListEntity> | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @ManyToOne(() => CommentEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'comments_parent_id_fkey' })
  parent?: Relation<CommentEntity> | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comments_author_id_fkey' })
  author?: Relation<MemberEntity> | null;

  @Column({ type: 'varchar', length: 5000 }) markdown!: string;
  @Column({ type: 'text' }) html!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true }) hiddenAt!: Date | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true }) hiddenById!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by', foreignKeyConstraintName: 'comments_hidden_by_fkey' })
  hiddenBy?: Relation<MemberEntity> | null;
}
