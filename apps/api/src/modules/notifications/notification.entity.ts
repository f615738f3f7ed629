import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { DebriefEntity } from '../debriefs/debrief.entity';
import { MemberEntity } from '../organisations/member.entity';
import { ReadingListEntity } from '../reading-lists/reading-list.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';

export type NotificationKind =
  | 'mention'
  | 'reply'
  | 'comment_on_resource'
  | 'debrief_on_resource'
  | 'resource_in_theme'
  | 'comment_on_list'
  | 'link_broken';

/** Something that happened for a member, about a resource or a reading list (exactly one of them). */
@Entity('notifications')
@Check(
  'notifications_kind_check',
  `kind IN ('mention', 'reply', 'comment_on_resource', 'debrief_on_resource', 'resource_in_theme', 'comment_on_list', 'link_broken')`,
)
@Check('notifications_one_subject', `(resource_id IS NULL) <> (reading_list_id IS NULL)`)
/** `ON notifications (recipient_id, created_at DESC)`. */
@Index('notifications_recipient_idx', { synchronize: false })
/** Partial: `ON notifications (recipient_id) WHERE read_at IS NULL`. */
@Index('notifications_unread_idx', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ name: 'recipient_id', type: 'uuid' }) recipientId!: string;
  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'notifications_recipient_id_fkey' })
  recipient?: Relation<MemberEntity>;

  @Column({ type: 'varchar', length: 30 }) kind!: NotificationKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @ManyToOne(() => MemberEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'notifications_actor_id_fkey' })
  actor?: Relation<MemberEntity> | null;

  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId!: string | null;
  @ManyToOne(() => ResourceEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'notifications_resource_id_fkey' })
  resource?: Relation<ResourceEntity> | null;

  @Column({ name: 'reading_list_id', type: 'uuid', nullable: true }) readingListId!: string | null;
  @ManyToOne(() => ReadingListEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reading_list_id', foreignKeyConstraintName: 'notifications_reading_list_id_fkey' })
  readingList?: Relation<ReadingListEntity> | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true }) commentId!: string | null;
  @ManyToOne(() => CommentEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'notifications_comment_id_fkey' })
  comment?: Relation<CommentEntity> | null;

  @Column({ name: 'debrief_id', type: 'uuid', nullable: true }) debriefId!: string | null;
  @ManyToOne(() => DebriefEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'debrief_id', foreignKeyConstraintName: 'notifications_debrief_id_fkey' })
  debrief?: Relation<DebriefEntity> | null;

  @Column({ name: 'theme_id', type: 'uuid', nullable: true }) themeId!: string | null;
  @ManyToOne(() => ThemeEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'notifications_theme_id_fkey' })
  theme?: Relation<ThemeEntity> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}
