import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceEntity } from '../resources/resource.entity';

export type ReactionKind = 'useful' | 'tested' | 'toRead';

/** A member's reaction to a resource, one of each kind at most. */
@Entity('reactions')
@Check('reactions_kind_check', `kind IN ('useful', 'tested', 'toRead')`)
export class ReactionEntity {
  @PrimaryColumn({ name: 'resource_id', type: 'uuid' }) resourceId!: string;
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ type: 'varchar', length: 20 }) kind!: ReactionKind;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'reactions_resource_id_fkey' })
  resource?: Relation<ResourceEntity>;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'reactions_member_id_fkey' })
  member?: Relation<MemberEntity>;
}
