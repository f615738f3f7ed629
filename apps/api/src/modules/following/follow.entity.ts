import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';

export type FollowKind = 'theme' | 'organisation' | 'member';

/** A member follows a theme, an organisation or another member (`target_id` has no foreign key: it depends on kind). */
@Entity('follows')
@Check('follows_kind_check', `kind IN ('theme', 'organisation', 'member')`)
@Index('follows_target_idx', ['kind', 'targetId'])
export class FollowEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ type: 'varchar', length: 12 }) kind!: FollowKind;
  @PrimaryColumn({ name: 'target_id', type: 'uuid' }) targetId!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'follows_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
