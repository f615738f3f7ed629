import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '../organisations/member.entity';
import { AudienceEntity } from '../taxonomy/audience.entity';

/** The audiences a person works with. */
@Entity('member_audiences')
export class MemberAudienceEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @PrimaryColumn({ name: 'audience_slug', type: 'varchar', length: 40 }) audienceSlug!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'member_audiences_member_id_fkey' })
  member?: Relation<MemberEntity>;

  @ManyToOne(() => AudienceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'audience_slug',
    referencedColumnName: 'slug',
    foreignKeyConstraintName: 'member_audiences_audience_slug_fkey',
  })
  audience?: Relation<AudienceEntity>;
}
